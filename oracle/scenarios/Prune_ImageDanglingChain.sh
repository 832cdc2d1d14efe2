# source: daemon-semantics §6.1-6.2 (dangling mode: leaf + untagged parents pruned; tagged images kept; SpaceReclaimed = freed layers)
# fixtures: family twolayer
d rmi busybox
note 'move child:latest away: the child image becomes a dangling leaf with an untagged parent'
d tag twolayer child
d images -a
d images -f dangling=true
d image prune -f
d images -a
d image prune -f
fixture untagged
d image prune --force
d images -a
