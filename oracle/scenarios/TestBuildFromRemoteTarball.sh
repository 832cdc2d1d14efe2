# source: integration-cli/docker_cli_build_test.go TestBuildFromRemoteTarball (a tar at a URL as the context)
# fixtures: busybox
mkdir -p "$TMP/srv"
mktar "$TMP/srv/testT.tar" "Dockerfile=FROM busybox
MAINTAINER docker"
http_serve "$TMP/srv" 18113
d build -t testbuildfromremotetarball http://127.0.0.1:18113/testT.tar
d inspect --format "{{.Author}}" testbuildfromremotetarball
d build -t testbuildfromremotetarball http://127.0.0.1:18113/missing.tar
