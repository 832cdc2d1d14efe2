# source: daemon-semantics §4.1 (untagged images with children hidden without -a; dangling leaves shown), cli-format §6.1
# fixtures: family twolayer untagged
d images
d images -a
d image ls
d image list -a
note 'untag the parent: it becomes a hidden intermediate'
d rmi busybox
d images
d images -a
d images -q
d images -aq
d images -a --no-trunc
d images -q --no-trunc
