# source: integration-cli/docker_api_containers_test.go TestContainerAPIPause (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name paused busybox sleep 30
d pause paused
d ps -q --filter status=paused --format '{{.Names}}'
d unpause paused
d ps -q --filter status=paused --format '{{.Names}}'
d rm -f paused
