# source: integration-cli/docker_cli_run_test.go TestRunLinksContainerWithContainerName (no bridge: no address, so no hosts entry)
# fixtures: busybox
d run -i -t -d --name parent busybox
d inspect --format '{{.NetworkSettings.Networks.bridge.IPAddress}}|' parent
d run --name linker --link parent:test busybox /bin/cat /etc/hosts
d inspect --format '{{json .HostConfig.Links}}' linker
d rm -f parent linker
