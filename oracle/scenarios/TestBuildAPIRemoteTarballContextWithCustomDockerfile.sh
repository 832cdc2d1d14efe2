# source: integration-cli/docker_api_build_test.go TestBuildAPIRemoteTarballContextWithCustomDockerfile (a remote tar context with -f naming another file in it)
# fixtures: busybox
mkdir -p "$TMP/srv"
mktar "$TMP/srv/testT.tar" "Dockerfile=FROM busybox
RUN echo 'wrong'" "custom=FROM busybox
RUN echo 'right'
"
http_serve "$TMP/srv" 18118
d build -f custom http://127.0.0.1:18118/testT.tar
