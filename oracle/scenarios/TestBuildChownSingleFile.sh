# source: integration-cli/docker_cli_build_test.go TestBuildChownSingleFile (COPY makes a file root:root whatever its owner in the context)
# fixtures: busybox
C=$(mkctx chownsingle <<'DF'

FROM busybox
COPY test /
RUN ls -ln /test | awk '{print $1, $3, $4, $5, $NF}'
RUN [ $(ls -l /test | awk '{print $3":"$4}') = 'root:root' ]

DF
)
ctxfile chownsingle test test
chown 4242:4242 "$C/test"
chmod 644 "$C/test"
d build -t testbuildchownsinglefile "$C"
