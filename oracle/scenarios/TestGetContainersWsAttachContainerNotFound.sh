# source: integration-cli/docker_api_attach_test.go TestGetContainersWsAttachContainerNotFound
# fixtures: none
api GET /containers/doesnotexist/attach/ws
