# source: integration-cli/docker_cli_prune_unix_test.go TestPruneVolumeLabel
# fixtures: none
ID1=$(q volume create --label foo)
ID2=$(q volume create --label bar)
ID3=$(q volume create)
ID4=$(q volume create --label foobar)
export ID1 ID2 ID3 ID4
sh_d 'for i in $ID1 $ID2 $ID3 $ID4; do echo $i; done'
mkdir -p "$TMP/cfg"
echo '{"pruneFilters": ["label=foobar"]}' > "$TMP/cfg/config.json"
# the daemon deletes in map order: sorted
dsort --config "$TMP/cfg" volume prune --force
d volume prune --force --filter label=foo
dsort volume ls --format '{{.Name}}'
d volume prune --force --filter 'label!=bar'
d volume ls --format '{{.Name}}'
d --config "$TMP/cfg" volume prune --force --filter 'label!=foobar'
d volume ls --format '{{.Name}}'
