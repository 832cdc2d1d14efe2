# source: integration-cli/docker_cli_inspect_test.go TestInspectNoSizeFlagContainer
# fixtures: busybox
d run --name=busybox -d --network none busybox top
d inspect --type=container '--format={{.SizeRw}},{{.SizeRootFs}}' busybox
d rm -f busybox
