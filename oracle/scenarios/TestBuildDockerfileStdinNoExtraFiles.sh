# source: integration-cli/docker_cli_build_test.go TestBuildDockerfileStdinNoExtraFiles (with -f -, the context's own Dockerfile decide what COPY . sees)
# fixtures: busybox
mkdir -p "$TMP/fake-context"
printf bar > "$TMP/fake-context/foo"
chmod 600 "$TMP"/fake-context/*
[ -e "$TMP/fake-context/.dockerignore" ] && chmod 600 "$TMP/fake-context/.dockerignore"
sh_d "printf 'FROM busybox\nCOPY . /baz' | engine build -t stdindockerfilenoextra -f - '$TMP/fake-context' | sed -E 's/(context to Docker daemon  ).*/\1<size: varies with the random name of the stdin Dockerfile>/'"
d run --rm --network none stdindockerfilenoextra ls -A /baz
