# source: integration-cli/docker_cli_run_test.go TestRunPublishPort
# fixtures: busybox
d run -d --name test --expose 8080 busybox top
d port test
d inspect --format '{{json .Config.ExposedPorts}} {{json .NetworkSettings.Ports}}' test
d rm -f test
