# source: daemon-semantics §3.2 (dependent child images = cannot be forced; reference mode untags quietly; parent pruning)
# fixtures: family
d images -a
d rmi "${FIX_BUSYBOX_ID:7:12}"
d rmi -f "${FIX_BUSYBOX_ID:7:12}"
d rmi -f "$FIX_BUSYBOX_ID"
note 'by name: the tag goes, the image stays as a hidden intermediate'
d rmi busybox
d images
d images -a
d images -f dangling=true
d rmi "${FIX_BUSYBOX_ID:7:12}"
note 'removing the child prunes the untagged parent'
d rmi child
d images -a
