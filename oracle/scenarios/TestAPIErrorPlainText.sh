# source: integration-cli/docker_api_test.go TestAPIErrorPlainText
# fixtures: none
API_VERSION=v1.23 API_HEADERS="Content-Type X-Content-Type-Options" api POST /containers/create '{}'
API_VERSION=v1.12 API_HEADERS=Content-Type api POST /containers/create '{}'
API_VERSION=v1.23 api GET /containers/nosuch/json
API_VERSION=v1.23.1 api GET /containers/nosuch/json
