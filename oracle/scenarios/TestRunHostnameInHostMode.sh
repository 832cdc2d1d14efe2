# source: integration-cli/docker_cli_run_test.go TestRunHostnameInHostMode
# fixtures: busybox
d run --net=host --hostname=foobar busybox sh -c 'echo $HOSTNAME && hostname'
