# source: Dockerfile reference (ONBUILD stored in the config, triggered when the image is used as a base)
# fixtures: busybox
C=$(mkctx base <<'DF'
FROM busybox
ONBUILD RUN echo triggered > /t
ONBUILD COPY f /f
ONBUILD  label  x=y
DF
)
d build -t onbase "$C"
d inspect --format '{{json .Config.OnBuild}} {{json .ContainerConfig.OnBuild}}' onbase
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' onbase | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
C=$(mkctx child <<'DF'
FROM onbase
RUN cat /t /f
DF
)
ctxfile child f 'from child'
d build -t onchild "$C"
d inspect --format '{{json .Config.OnBuild}} {{json .Config.Labels}}' onchild
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' onchild | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
d build -t onchild "$C"
C=$(mkctx bad1 <<'DF'
FROM busybox
ONBUILD ONBUILD RUN true
DF
)
d build "$C"
C=$(mkctx bad2 <<'DF'
FROM busybox
ONBUILD FROM busybox
DF
)
d build "$C"
C=$(mkctx bad3 <<'DF'
FROM busybox
ONBUILD MAINTAINER me
DF
)
d build "$C"
