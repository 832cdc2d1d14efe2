# source: integration-cli/docker_cli_build_unix_test.go TestBuildAddChangeOwnership (ADD of a context file owned by daemon:daemon gives root:root)
# fixtures: busybox
C=$(mkctx own <<'DF'
FROM busybox
ADD foo /bar/
RUN [ $(stat -c %U:%G "/bar") = 'root:root' ]
RUN [ $(stat -c %U:%G "/bar/foo") = 'root:root' ]
RUN stat -c '%U:%G %a %n' /bar /bar/foo
DF
)
touch "$C/foo"; chown daemon:daemon "$C/foo"
d build -t testbuildaddown "$C"
