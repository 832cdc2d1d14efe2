# source: integration-cli/docker_api_containers_test.go TestContainerAPIRestartPolicyDefaultRetryCount (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name policy --restart on-failure:0 busybox
d inspect -f '{{json .HostConfig.RestartPolicy}}' policy
d create --network none --name policy2 --restart on-failure busybox
d inspect -f '{{json .HostConfig.RestartPolicy}}' policy2
