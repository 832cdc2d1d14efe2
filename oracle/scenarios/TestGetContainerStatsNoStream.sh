# source: integration-cli/docker_api_containers_test.go TestGetContainerStatsNoStream (no stream: exactly one sample)
# fixtures: busybox
d run -d --network none --name statscontainer busybox top
d stats --no-stream --format '{{.Name}} {{.PIDs}}' statscontainer
d rm -f statscontainer
