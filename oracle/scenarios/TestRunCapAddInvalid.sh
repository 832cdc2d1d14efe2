# source: integration-cli/docker_cli_run_test.go TestRunCapAddInvalid
# fixtures: busybox
d run --network none --cap-add=CHPASS busybox ls
d ps -a
