# source: integration-cli/docker_cli_build_test.go TestBuildEOLInLine
# fixtures: busybox
C=$(mkctx eolinline <<'DF'
FROM   busybox
RUN    sh -c 'echo root:testpass > /tmp/passwd'
RUN    echo "foo \n bar"; echo "baz"
RUN    mkdir -p /var/run/sshd
RUN    sh -c "[ "$(cat /tmp/passwd)" = "root:testpass" ]"
RUN    sh -c "[ "$(ls -d /var/run/sshd)" = "/var/run/sshd" ]"
DF
)
d build -t testbuildeolinline "$C"
