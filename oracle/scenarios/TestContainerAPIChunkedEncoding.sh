# source: integration-cli/docker_api_containers_test.go TestContainerAPIChunkedEncoding
# fixtures: busybox
API_CHUNKED=1 api POST '/containers/create?name=c1' '{"Image":"busybox","Cmd":["/bin/sh","-c","top"],"OpenStdin":true}'
apij GET /containers/c1/json -- '[j["Config"]["Cmd"], j["Config"]["OpenStdin"]]'
