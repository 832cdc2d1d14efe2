# source: moby builder/dockerfile (parse errors, missing source, outside the context, failing RUN, empty Dockerfile, missing FROM)
# fixtures: busybox
C=$(mkctx unknown <<'DF'
FROM busybox
RUN true
FOO bar
DF
)
d build "$C"
C=$(mkctx missing <<'DF'
FROM busybox
COPY nothere /x
DF
)
d build "$C"
d images -a
C=$(mkctx outside <<'DF'
FROM busybox
COPY ../x /x
DF
)
d build "$C"
C=$(mkctx outside2 <<'DF'
FROM busybox
ADD /../../etc/passwd /x
DF
)
d build "$C"
C=$(mkctx runfail <<'DF'
FROM busybox
ENV A=1
RUN echo err >&2; exit 3
CMD ["x"]
DF
)
d build -t runfail "$C"
d ps -a --format '{{.Status}} {{.Command}}'
d images -a
d build --force-rm "$C"
d ps -a --format '{{.Status}} {{.Command}}'
d build --rm=false "$C"
d ps -a --format '{{.Status}} {{.Command}}'
sh_d 'engine rm -f $(engine ps -aq) >/dev/null'
C=$(mkctx empty </dev/null)
d build "$C"
C=$(mkctx comments <<'DF'
# only a comment

DF
)
d build "$C"
C=$(mkctx nofrom <<'DF'
RUN true
DF
)
d build "$C"
C=$(mkctx argonly <<'DF'
ARG X=1
DF
)
d build "$C"
C=$(mkctx badflag <<'DF'
FROM busybox
COPY --bogus=1 a /b
DF
)
d build "$C"
C=$(mkctx badflag2 <<'DF'
FROM busybox
RUN --mount=type=cache,target=/x true
DF
)
d build "$C"
C=$(mkctx multinodir <<'DF'
FROM busybox
COPY a b /dst
DF
)
ctxfile multinodir a 1
ctxfile multinodir b 2
d build "$C"
C=$(mkctx nodockerfile <<'DF'
FROM busybox
DF
)
d build -f nothere "$C"
d build "$TMP/doesnotexist"
C=$(mkctx copyurl <<'DF'
FROM busybox
COPY http://127.0.0.1:1/x /x
DF
)
d build "$C"
C=$(mkctx envnoval <<'DF'
FROM busybox
ENV
DF
)
d build "$C"
C=$(mkctx shellnojson <<'DF'
FROM busybox
SHELL /bin/sh -c
DF
)
d build "$C"
d images -a
