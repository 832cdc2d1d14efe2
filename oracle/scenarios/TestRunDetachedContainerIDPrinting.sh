# source: integration-cli/docker_cli_run_test.go TestRunDetachedContainerIDPrinting
# fixtures: busybox
ID=$(q run -d --network none busybox true)
d wait "$ID"
d rm "$ID"
