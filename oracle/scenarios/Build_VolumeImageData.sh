# source: image VOLUMEs become anonymous volumes at create, seeded with the image's content; rm -v removes them
# fixtures: busybox
ctx=$(mkctx vimg <<'DOCKERFILE'
FROM busybox
COPY f /data/f
VOLUME /data
DOCKERFILE
)
ctxfile vimg f 'hello volume'
d build -q -t vimg "$ctx"
d inspect -f '{{json .Config.Volumes}}' vimg
d create --name a1 --network none vimg
d inspect -f '{{json .Config.Volumes}}' a1
d system df -v
d ps -a --format '{{.Names}} {{.LocalVolumes}}'
d rm -v a1
d volume ls -q
d create --name a2 --network none -v named1:/data vimg
d volume ls -q -f name=named
d system df
d run --rm --network none -v named1:/x busybox cat /x/f
d create --name a3 --network none -v named2:/data:nocopy vimg
d run --rm --network none -v named2:/x busybox ls /x
d create --name a4 --network none -v "$TMP:/data" vimg
d inspect -f '{{len .Mounts}}' a4
d rm -v a2 a3 a4
d volume ls -q
d run --rm --network none vimg cat /data/f
d volume ls -q
