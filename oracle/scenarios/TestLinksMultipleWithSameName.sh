# source: integration-cli/docker_cli_links_test.go TestLinksMultipleWithSameName (no bridge: no address to ping; the second alias is ignored)
# fixtures: busybox
d run -d --name=upstream-a busybox top
d run -d --name=upstream-b busybox top
d run --name=down --link upstream-a:upstream --link upstream-b:upstream busybox sh -c 'env | grep ^UPSTREAM_NAME; ping -c 1 -W 1 upstream'
d inspect --format '{{json .HostConfig.Links}}' down
d ps -a --no-trunc --format '{{.Names}}'
d rm -f upstream-a upstream-b down
