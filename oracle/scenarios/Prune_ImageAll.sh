# source: daemon-semantics §6.1 (all mode: every unused image; images used by a container kept), cli-format §6.4
# fixtures: busybox twolayer untagged
d create --name keeper twolayer
dsort image prune -a -f
d images -a
d ps -a --format '{{.Names}} {{.Image}}'
d rm keeper
dsort image prune -a -f
d images -a
dsort image prune -a -f
