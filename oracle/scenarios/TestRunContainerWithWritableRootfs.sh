# source: integration-cli/docker_cli_run_test.go TestRunContainerWithWritableRootfs
# fixtures: busybox
d run --network none --rm busybox touch /file
