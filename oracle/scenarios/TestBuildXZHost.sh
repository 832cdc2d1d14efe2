# source: integration-cli/docker_cli_build_test.go TestBuildXZHost (ADD decompresses xz without running the image's own xz binary)
# fixtures: busybox
C=$(mkctx xzhost <<'DF'

FROM busybox
ADD xz /usr/local/sbin/
RUN chmod 755 /usr/local/sbin/xz
ADD test.xz /
RUN [ ! -e /injected ]
DF
)
printf '\xfd\x37\x7a\x58\x5a\x00\x00\x04\xe6\xd6\xb4\x46\x02\x00\x21\x01\x16\x00\x00\x00\x74\x2f\xe5\xa3\x01\x00\x3f\xfd\x37\x7a\x58\x5a\x00\x00\x04\xe6\xd6\xb4\x46\x02\x00\x21' > "$C/test.xz"
printf '#!/bin/sh\ntouch /injected' > "$C/xz"
d build -t testbuildxzhost "$C"
d run --rm --network none testbuildxzhost sh -c 'ls -d /test.xz /injected; wc -c /test.xz'
