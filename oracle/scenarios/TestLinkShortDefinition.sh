# source: integration-cli/docker_cli_links_test.go TestLinkShortDefinition
# fixtures: busybox
d run -d --name shortlinkdef busybox top
d run -d --name link2 --link shortlinkdef busybox top
d inspect --format '{{json .HostConfig.Links}}' link2
d ps --no-trunc --format '{{.Names}}'
d ps --format '{{.Names}}'
d rm -f shortlinkdef link2
