# source: integration-cli/docker_cli_images_test.go TestImagesWithIncorrectFilter
# fixtures: busybox
d images -f dangling=invalid
