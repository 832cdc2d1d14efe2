# source: integration-cli/docker_api_test.go TestAPIErrorNotFoundJSON
# fixtures: none
API_VERSION= API_HEADERS=Content-Type api GET /notfound
API_HEADERS=Content-Type api GET /notfound
API_VERSION= API_HEADERS=Content-Type api DELETE /version
