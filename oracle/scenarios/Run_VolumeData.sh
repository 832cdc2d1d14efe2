# source: named and anonymous volumes with running containers; run --rm and rm -v remove anonymous volumes; ps -s, system df, prune sizes
# fixtures: busybox
d run --network none --name w1 -v data1:/d busybox sh -c 'echo 12345 > /d/f; echo abc > /rw.txt'
d run --rm --network none -v data1:/d busybox cat /d/f
d run --rm --network none -v /anon busybox sh -c 'echo x > /anon/f'
d volume ls -q
d ps -a -s
d ps -a --format '{{.Names}} {{.Size}} {{.Mounts}} {{.LocalVolumes}}'
d system df
d system df -v
d run -d --network none --name r1 -v data2:/e busybox sleep 100
d volume rm data2
d volume rm -f data2
d system df
d ps --format '{{.Names}} {{.LocalVolumes}}'
d rm -f -v r1
d rm w1
d system df
dsort volume prune -f
d run --network none --name w2 -v /anon2 busybox sh -c 'echo 1234567 > /anon2/f'
d rm w2
d volume ls -q -f dangling=true
d system prune -f --volumes
d volume ls -q
