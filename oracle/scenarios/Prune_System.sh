# source: daemon-semantics §6.4 (containers pruned first, then dangling images; -a removes unused images)
# fixtures: busybox twolayer untagged
d create --name c1 twolayer
d rmi -f twolayer
d images -a
d system prune -f
d images -a
d ps -a
d system prune -f
d system prune -a -f
d images -a
