# source: integration/image/tag_test.go TestTagUnprefixedRepoByNameOrName
# fixtures: busybox
d tag busybox:latest testfoobarbaz
ID=$(q inspect --format '{{.Id}}' busybox)
d tag "$ID" testfoobarbaz
d images
