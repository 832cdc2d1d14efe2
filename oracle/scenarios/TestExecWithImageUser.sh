# source: integration-cli/docker_cli_exec_test.go TestExecWithImageUser
# fixtures: busybox
CTX=$(mkctx u <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
USER dockerio
DF
)
q build -t testbuilduser "$CTX" >/dev/null
d run -d --network none --name dockerioexec testbuilduser top
d exec dockerioexec whoami
d exec dockerioexec id
d rm -f dockerioexec
