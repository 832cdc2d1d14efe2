# source: integration-cli/docker_cli_inspect_test.go TestInspectTypeFlagContainer
# fixtures: busybox
d run --name=busybox -d --network none busybox top
d inspect --type=container '--format={{.State.Running}}' busybox
d rm -f busybox
