# source: daemon-semantics §3.9 (a tag whose name is a prefix of its own image ID puts rmi in ID mode)
# fixtures: busybox
P=${FIX_BUSYBOX_ID:7:6}
d tag busybox "$P"
d images
d rmi "$P"
d rmi "$P:latest"
d images
