# source: integration-cli/docker_cli_build_unix_test.go TestBuildCancellationKillsSleep (a build client killed while RUN runs: the step container is killed)
# fixtures: busybox
C=$(mkctx cancel <<'DF'
FROM busybox
RUN sleep 31536000
DF
)
# the client itself runs in the background (not a subshell around it): the kill reaches it
sh_d '$ENGINE_CMD_STR build -t testbuildcancellation "$TMP/cancel" > "$TMP/build.out" 2>/dev/null & pid=$!
for i in $(seq 600); do [ -n "$(engine ps -q)" ] && break; sleep 0.1; done
grep -c "Running in" "$TMP/build.out"
kill -KILL $pid; { wait $pid; } 2>/dev/null; echo "build client killed: $?"
for i in $(seq 100); do [ -z "$(engine ps -q)" ] && break; sleep 0.1; done
sleep 2
echo "running containers: $(engine ps -q | wc -l)"'
d ps -a --format '{{.Status}} {{.Command}}'
d images -q testbuildcancellation
