# source: integration-cli/docker_cli_inspect_test.go TestInspectBindMountPoint
# fixtures: busybox
mkdir -p "$TMP/data"
d run -d --network none --name test -v "$TMP/data:/data:ro,z" busybox cat
d inspect --format '{{json .Mounts}}' test
d inspect --format '{{json .HostConfig.Binds}}' test
