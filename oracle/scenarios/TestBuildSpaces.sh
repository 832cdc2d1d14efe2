# source: integration-cli/docker_cli_build_test.go TestBuildSpaces
# fixtures: busybox
C=$(mkctx spaces <<'DF'
FROM busybox
COPY
DF
)
d build -t testspaces "$C"
printf 'FROM busybox\nCOPY    ' > "$C/Dockerfile"
d build -t testspaces "$C"
printf 'FROM busybox\n   COPY' > "$C/Dockerfile"
d build -t testspaces --no-cache "$C"
printf 'FROM busybox\n   COPY    ' > "$C/Dockerfile"
d build -t testspaces --no-cache "$C"
