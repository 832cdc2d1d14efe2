# source: integration-cli/docker_cli_images_test.go TestImagesErrorWithInvalidFilterNameTest
# fixtures: busybox
d images -f FOO=123
