# source: integration-cli/docker_cli_build_test.go TestBuildLabelsOverride (--label overrides LABEL, also through FROM; --label foo means foo="")
# fixtures: none
C=$(mkctx scratchy <<'DF'
FROM scratch
                LABEL foo=from-dockerfile
DF
)
d build -t scratchy --label foo=from-flag --label bar=from-flag "$C"
d inspect --format '{{json .Config.Labels}}' scratchy
C=$(mkctx from <<'DF'
FROM scratch
                LABEL foo from-dockerfile
DF
)
d build -t from "$C"
d inspect --format '{{json .Config.Labels}}' from
C=$(mkctx new <<'DF'
FROM from
                LABEL bar from-dockerfile2
DF
)
d build -t new --label foo=new "$C"
d inspect --format '{{json .Config.Labels}}' new
d build -t scratchy2 --label foo --label bar= "$TMP/scratchy"
d inspect --format '{{json .Config.Labels}}' scratchy2
d build -t new2 --label foo= --label bar "$TMP/new"
d inspect --format '{{json .Config.Labels}}' new2
C=$(mkctx onlyfrom <<'DF'
FROM scratch
DF
)
d build -t scratchy --label foo=from-flag --label bar=from-flag "$C"
d inspect --format '{{json .Config.Labels}}' scratchy
d build -t scratchz --label 'bar=$PATH' "$C"
d inspect --format '{{json .Config.Labels}}' scratchz
d images --format '{{.Repository}}:{{.Tag}}'
