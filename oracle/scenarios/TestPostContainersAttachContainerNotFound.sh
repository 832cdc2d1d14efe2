# source: integration-cli/docker_api_attach_test.go TestPostContainersAttachContainerNotFound
# fixtures: none
API_HEADERS=Content-Type api POST /containers/doesnotexist/attach
