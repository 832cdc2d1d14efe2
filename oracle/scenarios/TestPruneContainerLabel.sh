# source: integration-cli/docker_cli_prune_unix_test.go TestPruneContainerLabel
# fixtures: busybox
d run -d --network none --name c1 --label foo busybox
d run -d --network none --name c2 --label bar busybox
d run -d --network none --name c3 busybox
d run -d --network none --name c4 --label foobar busybox
d wait c1 c2 c3 c4
mkdir -p "$TMP/cfg"
echo '{"pruneFilters": ["label=foobar"]}' > "$TMP/cfg/config.json"
d --config "$TMP/cfg" container prune --force
d container prune --force --filter label=foo
d ps -a --format '{{.Names}}'
d container prune --force --filter 'label!=bar'
d ps -a --format '{{.Names}}'
d --config "$TMP/cfg" container prune --force --filter 'label!=foobar'
d ps -a --format '{{.Names}}'
