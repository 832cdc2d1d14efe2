# source: cli-format §6.8, §6.9, §6.11 (create prints the ID; ps -a columns; rm of created containers; not-found errors)
# fixtures: busybox labeled
d create --name c1 busybox
d create --name c2 --label k=v labeled:v1 echo hi
d create --name c1 busybox
d ps
d ps -a
d ps -a -q
d ps -a --format '{{.Names}}|{{.Image}}|{{.Command}}|{{.Status}}|{{.Labels}}|{{.Ports}}'
d ps -a --filter name=c2 --format '{{.Names}}'
d ps -a --filter ancestor=busybox --format '{{.Names}}'
d ps -a --filter status=created --format '{{.Names}}'
d rmi labeled:v1
d rm c1 nosuch c2
d rm nosuch
d rm -f nosuch
d rm
d ps -a
d create --name c3 "${FIX_BUSYBOX_ID:7:12}"
d ps -a --format '{{.Names}} {{.Image}}'
d rm -f c3
