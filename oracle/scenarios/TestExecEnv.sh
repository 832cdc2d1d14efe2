# source: integration-cli/docker_cli_exec_test.go TestExecEnv
# fixtures: busybox
d run -e LALA=value1 -e LALA=value2 -d --network none --name testing busybox top
d exec testing env
d inspect --format '{{json .Config.Env}}' testing
d rm -f testing
