# source: integration/build/build_test.go TestBuildMultiStageOnBuild (ONBUILD triggers of a stage run in every later stage FROM it)
# fixtures: busybox
C=$(mkctx msob <<'DF'
FROM busybox AS stage1
ONBUILD RUN echo 'foo' >somefile
ONBUILD ENV bar=baz

FROM stage1
# fails if ONBUILD RUN fails
RUN cat somefile

FROM stage1
RUN cat somefile
DF
)
d build --rm --force-rm -t testbuildmultistageonbuild "$C"
d image inspect --format '{{json .Config.Env}} {{json .Config.OnBuild}}' testbuildmultistageonbuild
d images --format '{{.Repository}}:{{.Tag}}'
