# source: volume ls filters, rm and prune of the local driver (daemon 20.10: prune removes every unused volume)
# fixtures: busybox
d volume create --label a=1 l1
d volume create --label b l2
d volume create l3
d create --name c1 --network none -v l3:/data busybox true
d create --name c2 --network none -v /anon busybox true
d volume ls -q -f dangling=true
d volume ls -q -f dangling=false
d volume ls -q -f dangling=1
d volume ls -q -f dangling=0
d volume ls -q -f dangling=true -f dangling=false
d volume ls -q -f dangling=bogus
d volume ls -q -f label=a
d volume ls -q -f label=a=1
d volume ls -q -f label=a=2
d volume ls -q -f label=b
d volume ls -q -f name=l
d volume ls -q -f name=^l1
d volume ls -q -f 'name=['
d volume ls -q -f name=l2 -f name=l3
d volume ls -q -f driver=local -f name=l1
d volume ls -q -f driver=loc
d volume ls -q -f label!=a
d volume ls -q -f bogus=1
d volume ls -q -f nonsense
d volume rm l3
d volume rm -f l3
d volume rm l2 nope l3
d volume rm -f nope
d volume remove l1
d volume ls -q
d volume create p1
d volume create --label keep=1 p2
sh_d 'echo n | engine volume prune'
d volume ls -q
d volume prune -a
d volume prune -a -f
d volume prune -f --filter until=1h
d volume prune -f --filter bogus=1
d volume prune -f --filter all=1
d volume prune extra
d volume prune -f --filter label=nothing
dsort volume prune -f --filter label!=keep
d volume ls -q
sh_dsort 'echo y | engine volume prune'
d volume ls -q
d rm c1
dsort volume prune -f
d volume ls -q
