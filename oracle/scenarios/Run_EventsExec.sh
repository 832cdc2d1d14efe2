# source: docker events on dockerd 20.10 for docker exec (exec_create/exec_start/exec_die; a command that cannot start has no exec_die)
# fixtures: busybox
q run -d --network none --name x1 --label k=v busybox sleep 100
T0=$(date +%s.%N)
d exec x1 sh -c 'echo out; exit 4'
d exec x1 true
sh_d 'engine exec x1 nosuchcmd >/dev/null 2>&1 || true'  # the CLI's own output of a failed exec is not this scenario's subject
T1=$(date +%s.%N)
d rm -f x1
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --format '\''{{.Action}}|{{.Actor.Attributes.name}}|{{.Actor.Attributes.k}}|{{.Actor.Attributes.exitCode}}|{{if .Actor.Attributes.execID}}execID{{end}}|{{.Status}}|{{.From}}'\'''
sh_d 'engine events --since "$T0" --until "$T1" -f event=exec_die --format '\''{{.Action}} {{.Actor.Attributes.exitCode}}'\'''
sh_d 'engine events --since "$T0" --until "$T1" -f event=exec_start -f container=x1 --format '\''{{.Action}}'\'''
