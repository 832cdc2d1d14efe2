# source: daemon-semantics §3.8 (--no-prune keeps the untagged parent, which becomes a dangling leaf)
# fixtures: family
d rmi busybox
d rmi --no-prune child
d images
d images -a
d images -f dangling=true
d rmi "${FIX_BUSYBOX_ID:7:12}"
d images -a
fixture family
d rmi --no-prune child
d images -a
