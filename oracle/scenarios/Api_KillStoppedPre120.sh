# source: api/server/router/container/container_routes.go postContainersKill (a stopped container: no error before API 1.20)
# fixtures: busybox
d create --network none --name c1 busybox true
API_VERSION=v1.19 api POST /containers/c1/kill
API_VERSION=v1.20 api POST /containers/c1/kill
api POST /containers/c1/kill
API_VERSION=v1.19 api POST /containers/nosuch/kill
API_VERSION=v1.19 api POST '/containers/c1/kill?signal=NOPE'
d inspect -f '{{.State.Status}}' c1
