# source: daemon-semantics §3.6 (by ID: stopped container = must be forced; two tags: references conflict first; -f untags all and deletes)
# fixtures: busybox labeled
d create --name c1 labeled:v1
d rmi "${FIX_LABELED_ID:7:12}"
d rmi -f "${FIX_LABELED_ID:7:12}"
d images
d ps -a --format '{{.Names}} {{.Image}}'
d rm c1
d create --name c2 busybox
d rmi "${FIX_BUSYBOX_ID:7:12}"
d rmi -f "${FIX_BUSYBOX_ID:7:12}"
d images -a
d ps -a --format '{{.Names}} {{.Image}}'
