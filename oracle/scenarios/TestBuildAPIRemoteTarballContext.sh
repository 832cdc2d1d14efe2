# source: integration-cli/docker_api_build_test.go TestBuildAPIRemoteTarballContext (a remote tar context holding only a Dockerfile)
# fixtures: busybox
mkdir -p "$TMP/srv"
mktar "$TMP/srv/testT.tar" "Dockerfile=FROM busybox"
http_serve "$TMP/srv" 18117
d build http://127.0.0.1:18117/testT.tar
d build -q http://127.0.0.1:18117/testT.tar
