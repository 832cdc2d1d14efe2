# source: integration-cli/docker_cli_run_test.go TestRunRmAndWait
# fixtures: busybox
d run --network none --name=test --rm -d busybox sh -c 'sleep 2;exit 2'
d wait test
sleep 1
d ps -a
