# source: integration-cli/docker_cli_port_test.go TestPortExposeHostBinding (no bridge: -P publishes nothing)
# fixtures: busybox
d run -d --name first -P --expose 80 busybox nc -l -p 80
d inspect --format '{{index .NetworkSettings.Ports "80/tcp"}}' first
d inspect --format '{{json .NetworkSettings.Ports}} {{json .HostConfig.PortBindings}} {{.HostConfig.PublishAllPorts}}' first
d port first
d rm -f first
