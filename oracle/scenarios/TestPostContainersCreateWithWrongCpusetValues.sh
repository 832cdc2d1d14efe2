# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateWithWrongCpusetValues (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --cpuset-cpus 1-42,, busybox
d create --network none --cpuset-mems 42-3,1-- busybox
d ps -aq
