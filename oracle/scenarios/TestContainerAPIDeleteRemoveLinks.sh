# source: integration-cli/docker_api_containers_test.go TestContainerAPIDeleteRemoveLinks (through docker rm --link)
# fixtures: busybox
d create --name tlink1 busybox top
d create --name tlink2 --link tlink1:tlink1 busybox top
d inspect --format '{{json .HostConfig.Links}}' tlink2
d rm --link tlink2/tlink1
d inspect --format '{{json .HostConfig.Links}}' tlink2
d ps -a --no-trunc --format '{{.Names}}'
d rm --link tlink1
d rm -l tlink2/nope
d rm -l /tlink2/tlink1
d ps -a --no-trunc --format '{{.Names}}'
