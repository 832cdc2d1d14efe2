# source: integration-cli/docker_cli_exec_test.go TestExecPausedContainer
# fixtures: busybox
ID=$(q run -d --network none --name testing busybox top)
d pause testing
d exec "$ID" echo hello
d exec testing echo hello
d unpause testing
d rm -f testing
