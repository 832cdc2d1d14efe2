# source: integration-cli/docker_cli_inspect_test.go TestInspectRootFS
# fixtures: busybox twolayer
d inspect --format '{{json .RootFS}}' busybox
d inspect --format '{{json .RootFS}}' twolayer
d inspect --format '{{len .RootFS.Layers}}' busybox twolayer
