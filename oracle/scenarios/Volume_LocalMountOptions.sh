# source: moby volume/local (local driver options type/device/o/size: validation, mounted while a container uses the volume)
# fixtures: busybox
d volume create --opt foo=bar v1
d volume create --opt type=tmpfs v2
d volume create --opt device=tmpfs v3
d volume create --opt o=size=1m v4
d volume create --opt size=abc v5
d volume create --opt size=1m v6
d volume ls -q
d volume create --opt type=tmpfs --opt device=tmpfs --opt o=size=2m,mode=0750 tv
d volume inspect --format '{{ .Driver }} {{ json .Options }}' tv
d run -d --network none --name writer -v tv:/data busybox sh -c 'echo kept > /data/f; sleep 1000'
sh_d 'sleep 1; engine run --rm --network none -v tv:/data busybox cat /data/f'
d run --rm --network none -v tv:/data busybox sh -c 'mount | grep " /data " | cut -d" " -f1-5; stat -c %a /data'
d rm -f writer
d run --rm --network none -v tv:/data busybox ls -A /data
d volume rm tv
d volume ls -q
