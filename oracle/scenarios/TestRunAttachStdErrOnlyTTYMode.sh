# source: integration-cli/docker_cli_run_test.go TestRunAttachStdErrOnlyTTYMode
# fixtures: busybox
d run --network none -t -a stderr busybox true
d run --network none -t -a stderr busybox sh -c 'echo out; echo err >&2'
