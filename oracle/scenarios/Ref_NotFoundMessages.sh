# source: daemon-semantics §1.2 (No such image: <familiar ref with :latest>), §1.1 parse errors, §10
# fixtures: busybox
note 'rmi: the message shows the parsed familiar reference with the default tag added'
d rmi nosuch
d rmi nosuch:tag
d rmi docker.io/library/nosuch
d rmi index.docker.io/someone/nosuch:v1
d rmi localhost:5000/x/y:z
d rmi x@sha256:0000000000000000000000000000000000000000000000000000000000000000
d rmi x:1@sha256:0000000000000000000000000000000000000000000000000000000000000000
d rmi sha256:0000000000000000000000000000000000000000000000000000000000000000
d rmi 0000000000000000000000000000000000000000000000000000000000000000
d rmi sha256:1
d rmi 0123
note 'parse errors'
d rmi Nosuch
d rmi bad::x
d rmi 'a b'
d rmi a//b
note 'tag source and image inspect report the same lookup differently'
d tag nosuch x:1
d tag nosuch:v2 x:1
d image inspect nosuch
d image inspect nosuch:v2
d image inspect sha256:0000000000000000000000000000000000000000000000000000000000000000
d images
