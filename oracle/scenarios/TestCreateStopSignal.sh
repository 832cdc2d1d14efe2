# source: integration-cli/docker_cli_create_test.go TestCreateStopSignal
# fixtures: busybox
d create --network none --name test_create_stop_signal --stop-signal 9 busybox
d inspect --format '{{json .Config.StopSignal}}' test_create_stop_signal
