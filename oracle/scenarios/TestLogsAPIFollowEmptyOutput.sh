# source: integration-cli/docker_api_logs_test.go TestLogsAPIFollowEmptyOutput (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d -t --network none --name quiet busybox sleep 10
sh_d 'timeout 2 engine logs -f quiet; echo "exit $?"'
d rm -f quiet
