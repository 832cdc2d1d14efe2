# source: integration-cli/docker_api_containers_test.go TestContainerAPIPostContainerStop (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name poststop busybox top
d stop poststop
d inspect -f '{{.State.Status}} {{.State.ExitCode}}' poststop
