# source: integration-cli/docker_cli_build_test.go TestBuildDockerfileStdin (-f - reads the Dockerfile from stdin, the context is a directory)
# fixtures: busybox
mkdir -p "$TMP/fake-context"
printf bar > "$TMP/fake-context/foo"
chmod 600 "$TMP/fake-context/foo"
sh_d "printf 'FROM busybox\nADD foo /foo\nCMD [\"cat\", \"/foo\"]' | engine build -t stdindockerfile -f - '$TMP/fake-context' | sed -E 's/(context to Docker daemon  ).*/\1<size: varies with the random name of the stdin Dockerfile>/'"
d inspect --format '{{.Config.Cmd}}' stdindockerfile
d run --rm --network none stdindockerfile
