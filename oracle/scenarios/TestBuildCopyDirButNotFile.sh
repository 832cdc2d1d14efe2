# source: integration-cli/docker_cli_build_test.go TestBuildCopyDirButNotFile (a sibling file with a similar name keeps the cache)
C=$(mkctx copydirnf <<'DF'

        FROM scratch
        COPY dir /tmp/
DF
)
ctxfile copydirnf dir/foo 'hello'
d build -t testbuildcopydirbutnotfile "$C"
ctxfile copydirnf dir_file 'hello2'
d build -t testbuildcopydirbutnotfile2 "$C"
d images --format '{{.Repository}} {{.ID}}' testbuildcopydirbutnotfile
d images --format '{{.Repository}} {{.ID}}' testbuildcopydirbutnotfile2
