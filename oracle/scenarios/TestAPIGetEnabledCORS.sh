# source: integration-cli/docker_api_test.go TestAPIGetEnabledCORS
# fixtures: none
API_VERSION= API_HEADERS="Access-Control-Allow-Origin? Access-Control-Allow-Headers? Access-Control-Allow-Methods?" apij GET /version -- 'j["ApiVersion"]'
