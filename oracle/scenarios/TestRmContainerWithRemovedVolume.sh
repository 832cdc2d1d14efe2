# source: integration-cli/docker_cli_rm_test.go TestRmContainerWithRemovedVolume (moby v17.12)
# fixtures: busybox
mkdir -p "$TMP/vol"
d run --network none --name losemyvolumes -v "$TMP/vol:/test" busybox true
rm -rf "$TMP/vol"
d rm -v losemyvolumes
