# source: integration-cli/docker_api_containers_test.go TestContainerAPIWait (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name test-api-wait busybox sleep 2
d wait test-api-wait
d inspect -f '{{.State.Status}} {{.State.ExitCode}}' test-api-wait
