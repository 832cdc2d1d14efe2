# source: integration-cli/docker_cli_run_test.go TestRunContainerNetModeWithExposePort
# fixtures: busybox
d run -d --name parent busybox top
d run -p 5000:5000 --net=container:parent busybox
d run -P --net=container:parent busybox
d run --expose 5000 --net=container:parent busybox
d ps -a --format '{{.Names}}'
d rm -f parent
