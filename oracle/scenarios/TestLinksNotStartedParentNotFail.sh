# source: integration-cli/docker_cli_links_test.go TestLinksNotStartedParentNotFail
# fixtures: busybox
d create --name=first busybox top
d create --name=second --link=first:first busybox top
d start first
d start second
d inspect --format '{{.State.Status}} {{.HostConfig.Links}}' second
d rm -f first second
