# source: integration-cli/docker_cli_ps_test.go TestPsByOrder
# fixtures: busybox
d run -d --network none --name xyz-abc busybox top
d run -d --network none --name xyz-123 busybox top
d run -d --network none --name 789-abc busybox top
d run -d --network none --name 789-123 busybox top
d ps --no-trunc -q -f name=xyz
d ps --format '{{.Names}}' -f name=xyz
d ps --format '{{.Names}}' -f name=123
d rm -f xyz-abc xyz-123 789-abc 789-123
