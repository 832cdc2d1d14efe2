# source: integration-cli/docker_cli_images_test.go TestImagesFilterSpaceTrimCase
# fixtures: busybox
C=$(mkctx fail <<'DF'
FROM busybox
                 RUN touch /test/foo
                 RUN touch /test/bar
                 RUN touch /test/baz
DF
)
d build -q -t images_filter_test "$C"
note 'a dangling image, so that the filters have something to list'
mklayer one one
mklayer two two
d import "$TMP/one.tar" dangler
tick
d import "$TMP/two.tar" dangler
d images -q -f dangling=true
d images -q -f Dangling=true
d images -q -f ' dangling=true'
d images -q -f 'dangling=true '
d images -q -f 'dangling = true'
