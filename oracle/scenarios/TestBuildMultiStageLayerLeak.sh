# source: integration/build/build_test.go TestBuildMultiStageLayerLeak (a later stage with the same instructions up to COPY does not see the first stage's file)
# fixtures: busybox
C=$(mkctx msll <<'DF'
FROM busybox
WORKDIR /foo
COPY foo .
FROM busybox
WORKDIR /foo
COPY bar .
RUN [ -f bar ]
RUN [ ! -f foo ]
DF
)
ctxfile msll foo 0
ctxfile msll bar 1
d build --rm --force-rm -t testbuildmultistagelayerleak "$C"
d run --rm testbuildmultistagelayerleak ls -a /foo
