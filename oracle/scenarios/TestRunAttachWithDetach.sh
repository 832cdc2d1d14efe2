# source: integration-cli/docker_cli_run_test.go TestRunAttachWithDetach
# fixtures: busybox
d run -d --network none --attach stdout busybox true
d ps -a
