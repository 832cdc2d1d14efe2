# source: daemon-semantics §6.1 quirk and §6.4 (prune -a untags an in-use image down to one tag; system prune removes exited containers first)
# fixtures: busybox labeled twolayer
d run -d --network none --name busy labeled:v1 sleep 600
d run --network none --name done twolayer true
dsort image prune -a -f
d images -a
d ps -a --format '{{.Names}} {{.Image}} {{.Status}}'
dsort system prune -a -f
d images -a
d ps -a --format '{{.Names}} {{.Image}}'
d system df
d rm -f busy
