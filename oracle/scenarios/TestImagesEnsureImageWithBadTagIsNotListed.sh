# source: integration-cli/docker_cli_images_test.go TestImagesEnsureImageWithBadTagIsNotListed
# fixtures: busybox
d images busybox:nonexistent
