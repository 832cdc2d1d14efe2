# source: Docker Engine API v1.41 (GET /_ping, GET /version, unknown paths): the raw helper `api`
# fixtures: none
api GET /_ping
API_VERSION= api GET /_ping
API_HEADERS="Api-Version Content-Type" api HEAD /_ping
apij GET /version -- '[j["ApiVersion"], j["Os"], j["Arch"]]'
API_VERSION=v1.24 apij GET /version -- 'j["ApiVersion"]'
api GET /nosuchpath
api POST /containers/create '{"Image":"nosuchimage"}'
api GET /containers/nosuch/json
