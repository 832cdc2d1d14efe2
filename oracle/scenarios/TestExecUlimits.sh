# source: integration-cli/docker_cli_exec_test.go TestExecUlimits
# fixtures: busybox
d run -d --ulimit nofile=511:511 --network none --name testexeculimits busybox top
d exec testexeculimits sh -c 'ulimit -n'
d inspect --format '{{json .HostConfig.Ulimits}}' testexeculimits
d rm -f testexeculimits
