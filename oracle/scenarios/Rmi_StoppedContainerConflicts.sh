# source: daemon-semantics §3.6 (created container: must force; -f by name deletes the image but keeps layers; ps shows the ID)
# fixtures: busybox
d create --name c1 busybox
d rmi busybox
d rmi busybox:latest
d rmi docker.io/library/busybox:latest
d rmi "${FIX_BUSYBOX_ID:7:12}"
d rmi "$FIX_BUSYBOX_ID"
d images
d ps -a --format '{{.Names}} {{.Image}} {{.Status}}'
d rmi -f docker.io/library/busybox:latest
d images -a
d ps -a --format '{{.Names}} {{.Image}} {{.Status}}'
d ps -a --no-trunc --format '{{.Names}} {{.Image}}'
d inspect --format '{{.Image}} {{.Config.Image}}' c1
d rm c1
d images -a
