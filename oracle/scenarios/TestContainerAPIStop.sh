# source: integration-cli/docker_api_containers_test.go TestContainerAPIStop (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name test-api-stop busybox top
d stop -t 30 test-api-stop
d inspect -f '{{.State.Running}}' test-api-stop
d stop -t 30 test-api-stop
