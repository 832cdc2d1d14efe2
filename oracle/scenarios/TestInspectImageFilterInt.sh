# source: integration-cli/docker_cli_inspect_test.go TestInspectImageFilterInt
# fixtures: busybox
note 'emptyfs: an image made of one empty layer'
sh_d 'tar -cf empty.tar -T /dev/null'
d import empty.tar emptyfs
d inspect --format '{{.Size}}' emptyfs
SIZE=$(q inspect --format '{{.Size}}' emptyfs)
d inspect "--format={{eq .Size $SIZE}}" emptyfs
BSIZE=$(q inspect --format '{{.Size}}' busybox)
d inspect "--format={{eq .Size $BSIZE}}" busybox
d inspect '--format={{eq .Size 1}}' busybox
