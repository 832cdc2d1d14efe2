# source: daemon-semantics §5.1-5.2; cli-format §6.3 (client-side target validation, daemon errors, source checked after target)
# fixtures: busybox
A128=$(printf 'a%.0s' $(seq 128)); A129=${A128}a
A237=$(printf 'a%.0s' $(seq 237)); A238=${A237}a; A256=$(printf 'a%.0s' $(seq 256))
d tag busybox UPPER:1
d tag busybox 'x:bad tag'
d tag busybox x:y:z
d tag busybox x:-bad
d tag busybox x:.bad
d tag busybox "x:$A129"
d tag busybox "x:$A128"
d tag busybox x@sha256:0000000000000000000000000000000000000000000000000000000000000000
d tag busybox x:1@sha256:0000000000000000000000000000000000000000000000000000000000000000
d tag busybox sha256:abc
d tag busybox sha256
d tag busybox "${FIX_BUSYBOX_ID#sha256:}"
d tag busybox a//b
d tag busybox a/
d tag busybox -a
d tag busybox a..b
d tag busybox a___b:1
d tag busybox "$A256"
d tag busybox "$A238"
d tag busybox "$A237"
d tag busybox example.com/UP
d tag busybox ''
d tag nosuch UPPER
d tag nosuch sha256:abc
d tag nosuch x:1
d images --format '{{.Repository}}:{{.Tag}}'
