# source: integration-cli/docker_cli_build_test.go TestBuildWithUTF8BOM (a UTF-8 BOM before the Dockerfile is ignored)
# fixtures: busybox
mkdir -p "$TMP/bom"
printf '\xef\xbb\xbfFROM busybox' > "$TMP/bom/Dockerfile"
d build -t test-with-utf8-bom "$TMP/bom"
