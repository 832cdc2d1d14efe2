# source: integration-cli/docker_api_containers_test.go TestContainerAPIRestartPolicyInvalidPolicyName (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --restart something busybox
d run --network none --restart something busybox true
