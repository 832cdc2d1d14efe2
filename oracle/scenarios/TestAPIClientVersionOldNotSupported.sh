# source: integration-cli/docker_api_test.go TestAPIClientVersionOldNotSupported
# fixtures: none
API_VERSION= apij GET /version -- '[j["ApiVersion"], j["MinAPIVersion"], [c["Details"]["MinAPIVersion"] for c in j["Components"] if c["Name"] == "Engine"]]'
API_VERSION=v1.11 API_HEADERS="Content-Type Api-Version" api GET /version
API_VERSION=v1.0 api GET /version
API_VERSION=v1.12 apij GET /version -- 'j["MinAPIVersion"]'
API_VERSION=v1.42 API_HEADERS="Content-Type" api GET /version
API_VERSION=v2.0 api GET /_ping
API_VERSION=v1.11 api GET /_ping
API_VERSION=v1.12 API_HEADERS="Api-Version" api GET /_ping
