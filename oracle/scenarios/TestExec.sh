# source: integration-cli/docker_cli_exec_test.go TestExec
# fixtures: busybox
d run -d --network none --name testing busybox sh -c 'echo test > /tmp/file && top'
sleep 1
d exec testing cat /tmp/file
d rm -f testing
