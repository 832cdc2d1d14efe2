# source: integration-cli/docker_cli_images_test.go TestImagesOrderedByCreationDate
# fixtures: busybox
A=$(mkctx a <<'DF'
FROM busybox
                MAINTAINER dockerio1
DF
)
C=$(mkctx c <<'DF'
FROM busybox
                MAINTAINER dockerio2
DF
)
B=$(mkctx b <<'DF'
FROM busybox
                MAINTAINER dockerio3
DF
)
d build -q -t order:test_a "$A"
tick
d build -q -t order:test_c "$C"
tick
d build -q -t order:test_b "$B"
d images -q --no-trunc
d images
