# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterID
# fixtures: busybox
FIRST=$(q run -d --network none busybox)
q run -d --network none --name other busybox top >/dev/null
d wait "$FIRST"
d ps -a -q --filter=id="$FIRST"
d ps -a -q --filter=id="${FIRST:0:12}"
d ps -a --format '{{.Command}}' --filter=id="${FIRST:0:6}"
d rm -f other
