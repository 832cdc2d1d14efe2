# source: integration-cli/docker_cli_run_test.go TestRunWithNetAliasOnDefaultNetworks
# fixtures: busybox
d run --network none --network-alias alias1 busybox true
d run --network host --net-alias alias1 busybox true
d create --network none --net-alias alias1 busybox
