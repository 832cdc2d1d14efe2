# source: integration-cli/docker_api_test.go TestAPIErrorJSON
# fixtures: none
API_VERSION= API_HEADERS=Content-Type api POST /containers/create '{}'
API_VERSION=v1.24 API_HEADERS=Content-Type api POST /containers/create '{}'
