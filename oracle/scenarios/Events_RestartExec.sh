# source: docker events on dockerd 20.10 for restart and exec (exec_create, exec_start, exec_die)
# fixtures: busybox
T0=$(date +%s.%N)
q run -d --network none --name e1 busybox sleep 100
d exec e1 echo hi
d exec -u 0 -w / e1 sh -c 'exit 2'
d restart -t 1 e1
d rm -f e1
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" -f type=container --format '\''{{.Action}} {{json .Actor.Attributes}}'\'''
