# source: integration-cli/docker_cli_build_test.go TestBuildFromURLWithF (a Dockerfile at a URL as the context, with and without -f)
# fixtures: busybox
mkdir -p "$TMP/srv"
printf "FROM busybox\nRUN echo from baz\nCOPY * /tmp/\nRUN find /tmp/\n" > "$TMP/srv/baz"
C=$(mkctx local <<'DF'
FROM busybox
RUN echo from Dockerfile
DF
)
http_serve "$TMP/srv" 18114
sh_d 'cd "$TMP/local" && engine build -t test1 -f baz http://127.0.0.1:18114/baz'
sh_d 'cd "$TMP/local" && engine build -t test1 http://127.0.0.1:18114/baz'
