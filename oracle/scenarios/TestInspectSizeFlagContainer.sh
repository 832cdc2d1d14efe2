# source: integration-cli/docker_cli_inspect_test.go TestInspectSizeFlagContainer
# fixtures: busybox
d run --name=busybox -d --network none busybox top
d inspect -s --type=container "--format='{{.SizeRw}},{{.SizeRootFs}}'" busybox
d rm -f busybox
