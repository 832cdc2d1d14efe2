# source: integration-cli/docker_cli_prune_unix_test.go TestPruneImageLabel
# fixtures: busybox
C1=$(mkctx test1 <<'DF'
FROM busybox
                 LABEL foo=bar
DF
)
C2=$(mkctx test2 <<'DF'
FROM busybox
                 LABEL bar=foo
DF
)
d build -q -t test1 "$C1"
d images -q --no-trunc
tick
d build -q -t test2 "$C2"
d images -q --no-trunc
dsort image prune --force --all --filter label=foo=bar
dsort image prune --force --all --filter label!=bar=foo
dsort image prune --force --all --filter label=bar=foo
d images -a
