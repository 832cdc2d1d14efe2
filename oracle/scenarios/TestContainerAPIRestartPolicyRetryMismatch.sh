# source: integration-cli/docker_api_containers_test.go TestContainerAPIRestartPolicyRetryMismatch (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --restart always:2 busybox
d create --network none --restart unless-stopped:1 busybox
d create --network none --restart no:3 busybox
