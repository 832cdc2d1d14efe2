# source: integration-cli/docker_cli_images_test.go TestImagesEnsureImagesFromScratchShown
# fixtures: busybox
C=$(mkctx scratch <<'DF'

        FROM scratch
        MAINTAINER docker
DF
)
d build -q -t scratch-image "$C"
d images
