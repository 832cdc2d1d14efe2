# source: integration-cli/docker_api_containers_test.go TestContainerAPICreateWithCpuSharesCpuset (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name cpus --cpu-shares 512 --cpuset-cpus 0 busybox true
d inspect -f '{{.HostConfig.CpuShares}} {{.HostConfig.CpusetCpus}}' cpus
