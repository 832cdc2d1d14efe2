# source: docker events on dockerd 20.10 for container create/start/pause/unpause/rename/kill/die/commit/destroy/attach/stop/prune
# fixtures: busybox
T0=$(date +%s.%N)
q create --network none --name ctr-one --label a=b busybox sleep 100
d start ctr-one
d pause ctr-one
d unpause ctr-one
d rename ctr-one ctr-two
d kill ctr-two
q commit ctr-two ev:c
d rm ctr-two
d run --network none --name r1 busybox sh -c 'exit 3'
q run -d --network none --name r2 busybox sleep 100
d stop -t 1 r2
d rm r2
d container prune -f
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" -f type=container --format '\''{{.Action}} {{.Actor.ID}} {{json .Actor.Attributes}} from={{.From}}'\'''
sh_d 'engine events --since "$T0" --until "$T1" -f type=image --format '\''{{.Action}} {{json .Actor.Attributes}}'\'''
sh_d 'engine events --since "$T0" --until "$T1" -f container=ctr-two -f event=die --format '\''{{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.exitCode}}'\'''
