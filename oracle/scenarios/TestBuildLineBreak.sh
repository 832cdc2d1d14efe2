# source: integration-cli/docker_cli_build_test.go TestBuildLineBreak
# fixtures: busybox
C=$(mkctx linebreak <<'DF'
FROM  busybox
RUN    sh -c 'echo root:testpass \
	> /tmp/passwd'
RUN    mkdir -p /var/run/sshd
RUN    sh -c "[ "$(cat /tmp/passwd)" = "root:testpass" ]"
RUN    sh -c "[ "$(ls -d /var/run/sshd)" = "/var/run/sshd" ]"
DF
)
d build -t testbuildlinebreak "$C"
