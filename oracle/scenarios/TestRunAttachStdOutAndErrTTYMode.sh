# source: integration-cli/docker_cli_run_test.go TestRunAttachStdOutAndErrTTYMode
# fixtures: busybox
d run --network none -t -a stdout -a stderr busybox true
d run --network none -t -a stdout -a stderr busybox sh -c 'echo out; echo err >&2'
