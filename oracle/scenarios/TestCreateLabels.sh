# source: integration-cli/docker_cli_create_test.go TestCreateLabels
# fixtures: busybox
d create --network none --name test_create_labels -l k1=v1 --label k2=v2 busybox
d inspect --format '{{json .Config.Labels}}' test_create_labels
