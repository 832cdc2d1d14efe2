# source: integration-cli/docker_cli_run_test.go TestRunCopyVolumeUIDGID
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN mkdir -p /hello && touch /hello/test && chown dockerio.dockerio /hello
DF
)
q build -t testrunvolumesuidgid "$CTX" >/dev/null
d run --network none --rm -v /hello testrunvolumesuidgid sh -c "ls -l / | grep hello | awk '{print \$3\":\"\$4}'"
d run --network none --rm -v /hello testrunvolumesuidgid sh -c "ls -ln /hello | awk '{print \$3\":\"\$4, \$9}'"
