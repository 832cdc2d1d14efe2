# source: integration-cli/docker_cli_history_test.go TestHistoryNonExistentImage
# fixtures: busybox
d history testHistoryNonExistentImage
d history testhistorynonexistentimage
