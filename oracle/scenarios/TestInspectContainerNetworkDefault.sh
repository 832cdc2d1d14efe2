# source: integration-cli/docker_cli_inspect_test.go TestInspectContainerNetworkDefault (the none network: the daemon runs without bridge)
# fixtures: busybox
d run --name test1 --network none -d busybox top
d network inspect '--format={{.ID}}' none
d inspect --format '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' test1
d inspect --format '{{.NetworkSettings.Networks.none.NetworkID}}' test1
d rm -f test1
