# source: integration-cli/docker_api_test.go TestAPIErrorNotFoundPlainText
# fixtures: none
API_VERSION=v1.23 API_HEADERS="Content-Type X-Content-Type-Options" api GET /notfound
API_VERSION=v1.23 API_HEADERS=Content-Type api DELETE /version
API_VERSION=v1.11 api GET /notfound
