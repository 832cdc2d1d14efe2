# source: integration-cli/docker_cli_links_test.go TestLinksPingUnlinkedContainers
# fixtures: busybox
d run --rm busybox sh -c 'ping -c 1 alias1 -W 1 && ping -c 1 alias2 -W 1'
