# source: integration-cli/docker_api_containers_test.go TestContainerAPIDeleteNotExist (moby v20.10.24), through the docker CLI
# fixtures: busybox
d rm doesnotexist
