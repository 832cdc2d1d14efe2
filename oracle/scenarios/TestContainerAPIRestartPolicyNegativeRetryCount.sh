# source: integration-cli/docker_api_containers_test.go TestContainerAPIRestartPolicyNegativeRetryCount (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --restart on-failure:-2 busybox
d create --network none --restart on-failure:x busybox
