# source: daemon-semantics §3.6 (running container: reference conflict must force, ID conflict cannot be forced; -f by tag leaves a dangling image)
# fixtures: busybox labeled
d run -d --network none --name r1 busybox sleep 600
d rmi busybox
d rmi "${FIX_BUSYBOX_ID:7:12}"
d rmi -f "${FIX_BUSYBOX_ID:7:12}"
d run -d --network none --name r2 labeled:v1 sleep 600
d rmi -f "${FIX_LABELED_ID:7:12}"
d rmi labeled:v1
d rmi -f busybox
d images -a
d image prune -f
d image prune -a -f
d ps -a --format '{{.Names}} {{.Image}} {{.Command}}'
d stop -t 0 r1
d rmi "${FIX_BUSYBOX_ID:7:12}"
d rmi -f "${FIX_BUSYBOX_ID:7:12}"
d images -a
d rm -f r1 r2
