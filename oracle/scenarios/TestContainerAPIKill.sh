# source: integration-cli/docker_api_containers_test.go TestContainerAPIKill (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name api-kill-test busybox top
d kill api-kill-test
d inspect -f '{{.State.Running}} {{.State.ExitCode}}' api-kill-test
