# source: integration-cli/docker_cli_build_test.go TestBuildCommentsShebangs
# fixtures: busybox
C=$(mkctx comments <<'DF'
FROM busybox
# This is an ordinary comment.
RUN { echo '#!/bin/sh'; echo 'echo hello world'; } > /hello.sh
RUN [ ! -x /hello.sh ]
# comment with line break \
RUN chmod +x /hello.sh
RUN [ -x /hello.sh ]
RUN [ "$(cat /hello.sh)" = $'#!/bin/sh\necho hello world' ]
RUN [ "$(/hello.sh)" = "hello world" ]
DF
)
d build -t testbuildcomments "$C"
