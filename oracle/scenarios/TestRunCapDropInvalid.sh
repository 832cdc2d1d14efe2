# source: integration-cli/docker_cli_run_test.go TestRunCapDropInvalid
# fixtures: busybox
d run --network none --cap-drop=CHPASS busybox ls
d ps -a
