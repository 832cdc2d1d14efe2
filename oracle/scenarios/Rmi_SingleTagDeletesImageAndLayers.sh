# source: daemon-semantics §3.2-3.3 (Untagged, Deleted image, then freed layer chain IDs top-down)
# fixtures: twolayer
d rmi twolayer
d images -a
fixture twolayer
fixture busybox
note 'the base layer is shared with busybox: only the top layer is freed'
d rmi twolayer:latest
d images -a
d rmi docker.io/library/busybox:latest
d images -a
