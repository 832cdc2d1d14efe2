# source: integration-cli/docker_api_containers_test.go TestGetStoppedContainerStats (a created container answers at once, with zero stats)
# fixtures: busybox
d create --network none --name statscontainer busybox ps
d stats --no-stream statscontainer
d stats --no-stream --format '{{json .}}' statscontainer
d rm statscontainer
