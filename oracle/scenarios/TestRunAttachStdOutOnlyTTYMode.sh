# source: integration-cli/docker_cli_run_test.go TestRunAttachStdOutOnlyTTYMode
# fixtures: busybox
d run --network none -t -a stdout busybox true
d run --network none -t -a stdout busybox sh -c 'echo out; echo err >&2'
