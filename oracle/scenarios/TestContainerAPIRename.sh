# source: integration-cli/docker_api_containers_test.go TestContainerAPIRename (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --network none --name TestContainerAPIRename busybox true
d rename TestContainerAPIRename TestContainerAPIRenameNew
d inspect -f '{{.Name}}' TestContainerAPIRenameNew
d inspect -f '{{.Name}}' TestContainerAPIRename
