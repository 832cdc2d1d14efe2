# source: integration-cli/docker_cli_links_test.go TestLinksNetworkHostContainer
# fixtures: busybox
d run -d --net host --name host_container busybox top
d run --name should_fail --link host_container:tester busybox true
d run --name should_fail2 --net host --link host_container:tester busybox true
d ps -a --format '{{.Names}}'
d rm -f host_container
