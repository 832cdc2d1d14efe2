# source: integration-cli/docker_api_build_test.go TestBuildAPIDockerFileRemote (a Dockerfile at a URL: the context holds only it)
# fixtures: busybox
mkdir -p "$TMP/srv"
printf "FROM busybox\nRUN find / -xdev -name ba*\nRUN find /tmp/\n" > "$TMP/srv/testD"
http_serve "$TMP/srv" 18116
d build -f baz http://127.0.0.1:18116/testD
d build http://127.0.0.1:18116/testD
