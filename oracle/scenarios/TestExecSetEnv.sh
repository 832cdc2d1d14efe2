# source: integration-cli/docker_cli_exec_test.go TestExecSetEnv
# fixtures: busybox
d run -e HOME=/root -d --network none --name testing busybox top
d exec -e HOME=/another -e ABC=xyz testing env
d rm -f testing
