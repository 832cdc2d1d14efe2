# source: integration-cli/docker_cli_exec_test.go TestExecInteractive
# fixtures: busybox
d run -d --network none --name testing busybox sh -c 'echo test > /tmp/file && top'
sleep 1
sh_d 'echo "cat /tmp/file" | engine exec -i testing sh'
d rm -f testing
