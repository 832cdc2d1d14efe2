# source: integration-cli/docker_cli_links_test.go TestLinksInvalidContainerTarget
# fixtures: busybox
d run --link bogus:alias busybox true
d create --link bogus busybox true
d ps -a --format '{{.Names}}'
