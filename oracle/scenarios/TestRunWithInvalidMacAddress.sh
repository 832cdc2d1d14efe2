# source: integration-cli/docker_cli_run_test.go TestRunWithInvalidMacAddress
# fixtures: busybox
d run --network none --mac-address 92:d0:c6:0a:29 busybox
d create --network none --mac-address foo busybox
note 'a valid address needs API 1.44 from CLI 28 (dockerd 20.10 speaks 1.41)'
d run --network none --mac-address 92:d0:c6:0a:29:33 busybox
