# source: integration-cli/docker_cli_inspect_test.go TestInspectDefault
# fixtures: busybox
d run --name=busybox -d --network none busybox true
d wait busybox
d inspect --format '{{.Id}}' busybox
d inspect --type=image --format '{{.Id}}' busybox
