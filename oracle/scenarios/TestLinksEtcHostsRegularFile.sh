# source: integration-cli/docker_cli_links_test.go TestLinksEtcHostsRegularFile
# fixtures: busybox
d run --rm --net=host busybox stat -c %F /etc/hosts
