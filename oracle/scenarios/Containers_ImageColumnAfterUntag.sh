# source: daemon-semantics §3.7 (a container's Image shows the ID once its reference no longer resolves to its image)
# fixtures: busybox twolayer
d tag busybox m:1
d create --name from-tag m:1
d create --name from-short "${FIX_BUSYBOX_ID:7:12}"
d create --name from-long "$FIX_BUSYBOX_ID"
d create --name from-moved busybox
d ps -a --format '{{.Names}} {{.Image}}'
d rmi m:1
d tag twolayer busybox
d ps -a --format '{{.Names}} {{.Image}}'
d ps -a --no-trunc --format '{{.Names}} {{.Image}}'
d inspect --format '{{.Name}} {{.Image}} {{.Config.Image}}' from-tag from-moved
