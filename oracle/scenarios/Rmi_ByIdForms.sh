# source: daemon-semantics §3.3 (rmi by 12-hex, short prefix, sha256:prefix, full ID, sha256:full)
# fixtures: busybox twolayer untagged labeled
B=${FIX_BUSYBOX_ID#sha256:}
d rmi "${FIX_UNTAGGED_ID:7:12}"
d rmi "${FIX_TWOLAYER_ID:7:4}"
d images -a
fixture twolayer
d rmi "sha256:${FIX_TWOLAYER_ID:7:6}"
fixture twolayer
d rmi "${FIX_TWOLAYER_ID#sha256:}"
fixture untagged
d rmi "$FIX_UNTAGGED_ID"
d images -a
note 'the same image by ID twice'
d rmi "$B" "$B"
d images -a
