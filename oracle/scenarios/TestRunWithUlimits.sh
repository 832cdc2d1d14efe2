# source: integration-cli/docker_cli_run_test.go TestRunWithUlimits
# fixtures: busybox
d run --network none --name=testulimits --ulimit nofile=42 busybox /bin/sh -c 'ulimit -n'
d inspect --format '{{json .HostConfig.Ulimits}}' testulimits
