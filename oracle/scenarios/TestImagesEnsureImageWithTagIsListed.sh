# source: integration-cli/docker_cli_images_test.go TestImagesEnsureImageWithTagIsListed
# fixtures: busybox
d tag busybox imagewithtag:v1
d tag busybox imagewithtag:v1v1
d tag busybox imagewithtag:v2
d images imagewithtag:v1
d images imagewithtag
