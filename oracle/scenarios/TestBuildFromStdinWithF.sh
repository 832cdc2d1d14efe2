# source: integration-cli/docker_cli_build_test.go TestBuildFromStdinWithF
# fixtures: busybox
C=$(mkctx stdinwithf <<'DF'
FROM busybox
RUN echo "from Dockerfile"
DF
)
printf 'FROM busybox\nRUN echo "from baz"\nCOPY * /tmp/\nRUN sh -c "find /tmp/" # sh -c is needed on Windows to use the correct find\n' > "$TMP/baz-stdin"
sh_d "cd '$C' && engine build -t test1 -f baz - < '$TMP/baz-stdin'"
sh_d "cd '$C' && engine build -t test1 - < '$TMP/baz-stdin'"
