# source: integration-cli/docker_cli_inspect_test.go TestInspectTypeFlagWithImage
# fixtures: busybox
d run --name=busybox -d --network none busybox true
d wait busybox
sh_d 'engine inspect --type=image busybox | grep -c State'
d inspect --type=image --format '{{.RepoTags}}' busybox
