# source: integration-cli/docker_cli_links_test.go TestLinksHostsFilesInject (no bridge: the linked container has no address, so no entry)
# fixtures: busybox
d run -itd --name one busybox top
d run -itd --name two --link one:onetwo busybox top
d exec one cat /etc/hosts
d exec two cat /etc/hosts
d rm -f one two
