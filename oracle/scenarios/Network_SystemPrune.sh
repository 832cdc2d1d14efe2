# source: system prune removes the user-defined networks no container is on (own scenario)
# fixtures: busybox
d network create --label keep sp1
d network create sp2
d network create sp3
d run -d --name spc --network sp3 busybox top
d system prune -f --filter label!=keep
d network ls --format '{{.Name}}'
d rm -f spc
d system prune -f --filter label=keep
d system prune -f
d network ls --format '{{.Name}}'
