# source: integration-cli/docker_cli_build_test.go TestBuildAddScript
# fixtures: busybox
C=$(mkctx addscript <<'DF'

FROM busybox
ADD test /test
RUN ["chmod","+x","/test"]
RUN ["/test"]
RUN [ "$(cat /testfile)" = 'test!' ]
DF
)
printf "#!/bin/sh\necho 'test!' > /testfile" > "$C/test"
d build -t testbuildaddscript "$C"
