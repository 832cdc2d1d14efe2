# source: integration-cli/docker_cli_images_test.go TestImagesFilterSinceAndBefore
# fixtures: busybox
for n in 1 2 3; do
  mkctx "img$n" >/dev/null <<DF
FROM scratch
LABEL number=$n
DF
done
d build -q -t image:1 "$TMP/img1"
tick
d build -q -t image:2 "$TMP/img2"
tick
d build -q -t image:3 "$TMP/img3"
ID1=$(q inspect --format '{{.Id}}' image:1)
ID2=$(q inspect --format '{{.Id}}' image:2)
ID3=$(q inspect --format '{{.Id}}' image:3)
d images -f since=image:1 image
d images -f "since=$ID1" image
d images -f since=image:2 image
d images -f "since=$ID2" image
d images -f before=image:3 image
d images -f "before=$ID3" image
d images -f before=image:2 image
d images -f "before=$ID2" image
