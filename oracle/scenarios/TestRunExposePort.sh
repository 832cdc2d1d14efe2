# source: integration-cli/docker_cli_run_test.go TestRunExposePort
# fixtures: busybox
d run --expose 80000 busybox
d run --expose 80-79 busybox
d run --expose abc busybox
d ps -a --format '{{.Names}}'
