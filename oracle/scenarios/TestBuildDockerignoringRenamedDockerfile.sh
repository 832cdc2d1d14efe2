# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoringRenamedDockerfile
# fixtures: busybox
C=$(mkctx ignorerenamed <<'DF'
Should not use me
DF
)
ctxfile ignorerenamed MyDockerfile '
		FROM busybox
		ADD . /tmp/
		RUN ls /tmp/Dockerfile
		RUN sh -c "! ls /tmp/MyDockerfile"
		RUN ls /tmp/.dockerignore'
ctxfile ignorerenamed .dockerignore 'MyDockerfile
'
d build -f "$C/MyDockerfile" -t testbuilddockerignoredockerfile "$C"
ctxfile ignorerenamed .dockerignore './MyDockerfile
'
d build -f "$C/MyDockerfile" -t testbuilddockerignoredockerfile "$C"
