# source: daemon-semantics §3.6 (container check only for a single reference; container created by ID or another tag counts)
# fixtures: busybox
d tag busybox m:1
d create --name c1 m:1
d rmi m:1
d rmi busybox
d ps -a --format '{{.Names}} {{.Image}}'
d tag busybox k:1
d rm c1
d create --name c2 "${FIX_BUSYBOX_ID:7:12}"
d ps -a --format '{{.Names}} {{.Image}}'
d rmi -f k:1
d rmi busybox:latest
d rmi -f busybox:latest
d images -a
d ps -a --format '{{.Names}} {{.Image}}'
