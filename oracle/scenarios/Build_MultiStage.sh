# source: Dockerfile reference (multi-stage builds, ARG before FROM, COPY --from=name|index|image, --target)
# fixtures: busybox
# store: disk
C=$(mkctx ms <<'DF'
ARG BASE=busybox
ARG TAG
FROM ${BASE}:${TAG:-latest} AS build
ARG BASE
RUN echo "base=$BASE" > /out && mkdir -p /dir/sub && echo deep > /dir/sub/f
FROM busybox AS second
ARG TAG=second
COPY --from=build /out /from-name
COPY --from=0 /dir /from-index
COPY --from=busybox /bin/true /from-image
RUN echo "tag=$TAG" >> /from-name
FROM second
COPY --from=second /from-name /final
CMD ["cat", "/final"]
DF
)
d build -t ms:final "$C"
sh_d "engine history --no-trunc --format '{{.CreatedBy}}' ms:final | sed -E 's/:([0-9a-f]{64})/:\\U\\1/'"
d run --rm --network none ms:final
sh_d "engine run --rm --network none ms:final ls -lnR /from-index /from-image | awk '{print \$1, \$3, \$4, \$5, \$NF}'"
d build --target second -t ms:second "$C"
d build --target build --build-arg TAG=latest -t ms:build "$C"
d run --rm --network none ms:build cat /out
d build --target nosuch "$C"
d images
C=$(mkctx dup <<'DF'
FROM busybox AS a
FROM busybox AS A
DF
)
d build "$C"
C=$(mkctx badname <<'DF'
FROM busybox AS 1bad
DF
)
d build "$C"
