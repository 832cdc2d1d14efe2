# source: integration-cli/docker_cli_images_test.go TestImagesEnsureImagesFromBusyboxShown
# fixtures: busybox
C=$(mkctx bb <<'DF'

        FROM busybox
        MAINTAINER docker
DF
)
d build -q -t busybox-image "$C"
d images
