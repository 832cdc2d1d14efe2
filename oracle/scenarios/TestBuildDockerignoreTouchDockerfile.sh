# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoreTouchDockerfile (an ignored Dockerfile that changes or is touched does not invalidate ADD .)
# fixtures: busybox
C=$(mkctx touchdf <<'DF'

        FROM busybox
		ADD . /tmp/
DF
)
ctxfile touchdf .dockerignore 'Dockerfile
'
d build -t testbuilddockerignoretouchdockerfile "$C"
ID1=$(q images -q testbuilddockerignoretouchdockerfile)
d build -t testbuilddockerignoretouchdockerfile "$C"
ID2=$(q images -q testbuilddockerignoretouchdockerfile)
[ "$ID1" = "$ID2" ] && note "cache used - 1" || note "cache not used - 1"
printf '\n        FROM busybox\n\t\tADD . /tmp/\n\n# hi' > "$C/Dockerfile"
d build -t testbuilddockerignoretouchdockerfile "$C"
ID2=$(q images -q testbuilddockerignoretouchdockerfile)
[ "$ID1" = "$ID2" ] && note "cache used - 2" || note "cache not used - 2"
tick
touch "$C/Dockerfile"
d build -t testbuilddockerignoretouchdockerfile "$C"
ID2=$(q images -q testbuilddockerignoretouchdockerfile)
[ "$ID1" = "$ID2" ] && note "cache used - 3" || note "cache not used - 3"
