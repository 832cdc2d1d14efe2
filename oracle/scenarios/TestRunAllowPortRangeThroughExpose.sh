# source: integration-cli/docker_cli_run_test.go TestRunAllowPortRangeThroughExpose (no bridge: nothing is mapped)
# fixtures: busybox
d run -d --name r --expose 3000-3003 -P busybox top
d inspect --format '{{json .NetworkSettings.Ports}} {{json .Config.ExposedPorts}} {{json .HostConfig.PortBindings}}' r
d port r
d rm -f r
