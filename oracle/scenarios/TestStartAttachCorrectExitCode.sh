# source: integration-cli/docker_cli_start_test.go TestStartAttachCorrectExitCode
# fixtures: busybox
d run -d --network none --name c1 busybox sh -c 'sleep 1; exit 1'
d wait c1
d start -a c1
d inspect --format '{{.State.Status}} {{.State.ExitCode}}' c1
