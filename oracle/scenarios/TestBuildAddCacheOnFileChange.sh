# source: integration-cli/docker_api_build_test.go TestBuildAddCacheOnFileChange (ADD of a file with other content does not use the cache)
# fixtures: busybox
C1=$(mkctx one <<'DF'
FROM busybox
ADD file /file
DF
)
ctxfile one file foo
C2=$(mkctx two <<'DF'
FROM busybox
ADD file /file
DF
)
ctxfile two file bar
d build "$C1"
d build "$C1"
d build "$C2"
