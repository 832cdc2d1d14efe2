# source: integration-cli/docker_cli_run_test.go TestRunLinksContainerWithContainerID (no bridge: no address, so no hosts entry)
# fixtures: busybox
CID=$(q run -i -t -d busybox)
d inspect --format '{{.NetworkSettings.Networks.bridge.IPAddress}}|' $CID
d run --name linker --link $CID:test busybox /bin/cat /etc/hosts
d inspect --format '{{len .HostConfig.Links}}' linker
d run --rm --name shorty --link ${CID:0:12}:short busybox sh -c 'env | grep ^SHORT_NAME'
d rm -f $CID linker
