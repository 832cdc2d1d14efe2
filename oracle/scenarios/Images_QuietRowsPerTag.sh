# source: cli-format §6.1 (-q prints one ID per row, no de-duplication; --no-trunc; --digests columns)
# fixtures: busybox labeled
d tag busybox zz/busybox:1
d tag busybox localhost:5000/busybox:2
d images
d images -q
d images -q --no-trunc
d images --digests
d images --digests -q
d images --digests --no-trunc
d images --format '{{.Repository}}:{{.Tag}}@{{.Digest}}'
d images --quiet --format '{{.Repository}}'
