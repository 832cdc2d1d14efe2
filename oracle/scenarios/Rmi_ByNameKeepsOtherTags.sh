# source: daemon-semantics §3.2 reference mode (only the named ref goes while others remain)
# fixtures: busybox labeled
d rmi labeled
d images
d rmi labeled:latest
d rmi labeled:v1
d images
d tag busybox x:1
d tag busybox x:2
d rmi x:1 x:2
d images
d rmi busybox
d images -a
