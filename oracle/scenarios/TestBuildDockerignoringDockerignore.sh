# source: integration-cli/docker_cli_build_test.go TestBuildDockerignoringDockerignore
# fixtures: busybox
C=$(mkctx ignoreignore <<'DF'

		FROM busybox
		ADD . /tmp/
		RUN sh -c "! ls /tmp/.dockerignore"
		RUN ls /tmp/Dockerfile
DF
)
ctxfile ignoreignore .dockerignore '.dockerignore
'
d build -t testbuilddockerignoredockerignore "$C"
