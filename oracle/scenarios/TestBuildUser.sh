# source: integration-cli/docker_cli_build_test.go TestBuildUser
# fixtures: busybox
C=$(mkctx user <<'DF'
FROM busybox
		RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
		USER dockerio
		RUN [ $(whoami) = 'dockerio' ]
DF
)
d build -t testbuilduser "$C"
d inspect --format '{{.Config.User}}' testbuilduser
