# source: integration-cli/docker_cli_tag_test.go TestTagInvalidRepoName (moved to integration/image/tag_test.go before 20.10)
# fixtures: busybox
d tag busybox:latest sha256:sometag
d images
