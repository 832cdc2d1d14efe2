# source: integration-cli/docker_cli_images_test.go TestImagesEnsureOnlyHeadsImagesShown
# fixtures: busybox
C=$(mkctx heads <<'DF'

        FROM busybox
        MAINTAINER docker
        ENV foo bar
DF
)
d build -t scratch-image "$C"
d images
dsort images -a
