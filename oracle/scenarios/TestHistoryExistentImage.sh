# source: integration-cli/docker_cli_history_test.go TestHistoryExistentImage
# fixtures: busybox twolayer
d history busybox
d history twolayer
