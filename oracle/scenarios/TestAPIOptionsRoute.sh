# source: integration-cli/docker_api_test.go TestAPIOptionsRoute
# fixtures: none
API_VERSION= api OPTIONS /
api OPTIONS /containers/json
API_VERSION= api OPTIONS /nosuch/path
