# source: integration-cli/docker_cli_prune_unix_test.go TestPruneContainerUntil
# fixtures: busybox
d run -d --network none --name c1 busybox
d wait c1
sleep 1.1
U=$(date +%s)
sleep 1.1
d run -d --network none --name c2 busybox
d wait c2
export U
sh_d 'engine container prune --force --filter until="$U"'
d ps -a --format '{{.Names}}'
