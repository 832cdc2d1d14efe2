# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoringDockerfile
# fixtures: busybox
C=$(mkctx ignoredf <<'DF'

		FROM busybox
		ADD . /tmp/
		RUN sh -c "! ls /tmp/Dockerfile"
		RUN ls /tmp/.dockerignore
DF
)
ctxfile ignoredf .dockerignore 'Dockerfile
'
d build -t testbuilddockerignoredockerfile "$C"
ctxfile ignoredf .dockerignore './Dockerfile
'
d build -t testbuilddockerignoredockerfile "$C"
