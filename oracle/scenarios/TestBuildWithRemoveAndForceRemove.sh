# source: integration/build/build_test.go TestBuildWithRemoveAndForceRemove (intermediate containers left after a successful or failed build with --rm=false, --rm, --force-rm)
# fixtures: busybox
OK=$(mkctx ok <<'DF'
FROM busybox
RUN exit 0
RUN exit 0
DF
)
FAIL=$(mkctx fail <<'DF'
FROM busybox
RUN exit 0
RUN exit 1
DF
)
left() {
  d ps -a --no-trunc --format '{{.Image}} {{.Command}}'
  sh_d 'ids=$(engine ps -aq); [ -z "$ids" ] || engine rm $ids >/dev/null; engine ps -aq | wc -l'
}
note successful build with no removal
d build --no-cache --rm=false "$OK"
left
note successful build with remove
d build --no-cache --rm "$OK"
left
note successful build with remove and force remove
d build --no-cache --rm --force-rm "$OK"
left
note failed build with no removal
d build --no-cache --rm=false "$FAIL"
left
note failed build with remove
d build --no-cache --rm "$FAIL"
left
note failed build with remove and force remove
d build --no-cache --rm --force-rm "$FAIL"
left
