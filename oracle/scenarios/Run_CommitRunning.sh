# source: docker commit of a running container on dockerd 20.10 (daemon/commit.go): paused by default around the copy of its layer (pause/unpause events), --pause=false copies it live, a paused container stays paused; the container keeps running
# fixtures: busybox
T0=$(date +%s.%N)
d run -d --network none --name r1 busybox sleep 1000
d exec r1 sh -c 'echo data > /f; mkdir /d; echo xy > /d/y; rm /bin/true'
d commit -m first r1 rc:1
d ps --format '{{.Names}} {{.Status}}'
d inspect --format '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' r1
d commit --pause=false r1 rc:2
d pause r1
d commit -p r1 rc:3
d inspect --format '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' r1
d unpause r1
d exec r1 cat /f
d run --rm --network none --name t1 rc:1 sh -c 'cat /f /d/y; ls /bin/true'
d history --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}' rc:1
d history --format '{{.CreatedBy}}|{{.Size}}' rc:2
d history --format '{{.CreatedBy}}|{{.Size}}' rc:3
d rm -f r1
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" -f event=pause -f event=unpause -f event=commit -f event=tag --format '\''{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'\'''
