# source: docker run/create --rm on dockerd 20.10: the container (and its anonymous volumes) goes when it exits,
# after run -d, start, start -a and stop, but not across a restart
# fixtures: busybox
q run -d --rm --network none --name r1 busybox true
sleep 2
d ps -a --format '{{.Names}} {{.Status}}'
d create --rm --network none --name c1 -v /data busybox echo hi
sh_d 'engine volume ls -q | wc -l'
d start -a c1
d ps -a --format '{{.Names}}'
sh_d 'engine volume ls -q | wc -l'
q create --rm --network none --name c2 busybox true
d inspect -f '{{.HostConfig.AutoRemove}}' c2
d start c2
sleep 2
d ps -a --format '{{.Names}}'
q run -d --rm --network none --name r2 busybox sleep 30
d restart -t 1 r2
sleep 1
d ps -a --format '{{.Names}} {{.State}}'
d stop -t 1 r2
sleep 2
d ps -a --format '{{.Names}}'
d run --rm --network none --name r3 busybox sh -c 'exit 3'
d ps -a --format '{{.Names}}'
