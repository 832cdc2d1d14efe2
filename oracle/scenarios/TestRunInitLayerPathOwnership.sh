# source: integration-cli/docker_cli_run_test.go TestRunInitLayerPathOwnership
# fixtures: busybox
CTX=$(mkctx c <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN chown dockerio:dockerio /etc
DF
)
q build -t testetcfileownership "$CTX" >/dev/null
d run --network none --rm testetcfileownership stat -c %U:%G /etc
d run --network none --rm testetcfileownership stat -c %U:%G /etc/hosts /etc/hostname /etc/resolv.conf
