# source: integration-cli/docker_cli_images_test.go TestImagesEnsureImageIsListed
# fixtures: busybox
d images
