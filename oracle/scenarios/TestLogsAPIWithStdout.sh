# source: integration-cli/docker_api_logs_test.go TestLogsAPIWithStdout (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d -t --network none --name logged busybox /bin/sh -c 'echo hello; sleep 1000'
sleep 1
d logs logged
d logs --tail 1 logged
d rm -f logged
