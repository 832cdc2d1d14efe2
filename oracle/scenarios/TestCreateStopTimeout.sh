# source: integration-cli/docker_cli_create_test.go TestCreateStopTimeout
# fixtures: busybox
d create --network none --name test_create_stop_timeout_1 --stop-timeout 15 busybox
d inspect --format '{{json .Config.StopTimeout}}' test_create_stop_timeout_1
d create --network none --name test_create_stop_timeout_2 busybox
d inspect --format '{{json .Config.StopTimeout}}' test_create_stop_timeout_2
