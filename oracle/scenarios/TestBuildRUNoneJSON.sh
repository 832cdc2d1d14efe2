# source: integration-cli/docker_cli_build_test.go TestBuildRUNoneJSON (a one-element JSON RUN; hello-world:frozen replaced by a busybox-built /hello)
# fixtures: busybox
C=$(mkctx hello <<'DF'
FROM busybox
RUN printf '#!/bin/sh\necho "Hello from Docker!"\n' > /hello && chmod +x /hello
DF
)
d build -t hello-world:frozen "$C"
C=$(mkctx runonejson <<'DF'
FROM hello-world:frozen
RUN [ "/hello" ]
DF
)
d build -t testbuildrunonejson "$C"
d history --format '{{.CreatedBy}}' testbuildrunonejson
