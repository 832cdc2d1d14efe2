# source: integration-cli/docker_cli_run_test.go TestRunGroupAdd
# fixtures: busybox
d run --network none --group-add=audio --group-add=staff --group-add=777 busybox sh -c id
