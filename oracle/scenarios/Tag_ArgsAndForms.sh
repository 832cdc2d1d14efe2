# source: cli-format §6.3 (exactly 2 args, no flags), daemon-semantics §5 (source by ID forms, re-tag no-op, moving tags)
# fixtures: busybox twolayer
d tag
d tag busybox
d tag busybox a b
d tag -f busybox x
d tag --bogus busybox x
d image tag busybox viaimage:1
d tag "${FIX_BUSYBOX_ID:7:12}" byid:12
d tag "sha256:${FIX_BUSYBOX_ID:7:8}" byid:sha
d tag "$FIX_BUSYBOX_ID" byid:full
d tag byid:full byid:chained
d tag busybox byid:12
note 'move byid:12 to twolayer; twolayer is a different image'
d tag twolayer byid:12
d images
d tag twolayer:latest busybox:latest
d images
d images -f dangling=true
