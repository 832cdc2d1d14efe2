# source: integration-cli/docker_cli_images_test.go TestImagesFilterLabelMatch
# fixtures: busybox
C1=$(mkctx one <<'DF'
FROM busybox
                 LABEL match me
DF
)
C2=$(mkctx two <<'DF'
FROM busybox
                 LABEL match="me too"
DF
)
C3=$(mkctx three <<'DF'
FROM busybox
                 LABEL nomatch me
DF
)
d build -q -t images_filter_test1 "$C1"
tick
d build -q -t images_filter_test2 "$C2"
tick
d build -q -t images_filter_test3 "$C3"
d images --no-trunc -q -f label=match
d images --no-trunc -q -f 'label=match=me too'
d images -f label=match
d inspect --format '{{.Config.Labels}}' images_filter_test1 images_filter_test2 images_filter_test3
