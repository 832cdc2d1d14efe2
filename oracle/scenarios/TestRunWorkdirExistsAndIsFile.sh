# source: integration-cli/docker_cli_run_test.go TestRunWorkdirExistsAndIsFile
# fixtures: busybox
d run --network none --name c1 -w /bin/cat busybox
d inspect --format '{{.State.Status}} {{.State.ExitCode}}' c1
d ps -a --format '{{.Names}} {{.Status}}'
