# source: integration-cli/docker_cli_tag_test.go TestTagUnprefixedRepoByID (moved to integration/image/tag_test.go before 20.10)
# fixtures: busybox
ID=$(q inspect --format '{{.Id}}' busybox)
d tag "$ID" testfoobarbaz
d images
