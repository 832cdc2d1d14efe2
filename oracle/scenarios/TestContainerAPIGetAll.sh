# source: integration-cli/docker_api_containers_test.go TestContainerAPIGetAll (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --network none --name getall busybox true
d ps -a --format '{{.Names}} {{.Image}} {{.Command}}'
d ps -a -q --no-trunc --filter name=getall
