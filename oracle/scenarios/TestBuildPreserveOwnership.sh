# source: integration/build/build_test.go TestBuildPreserveOwnership (COPY --from keeps the source owners of new files, creates a missing target dir as root, leaves existing dirs alone; --chown owns everything it copies)
# fixtures: busybox
C=$(mkctx po <<'DF'
FROM busybox AS source
RUN touch /file && chown 100:200 /file \
 && mkdir -p /dir/subdir \
 && touch /dir/subdir/nestedfile \
 && chown 100:200 /dir \
 && chown 101:201 /dir/subdir \
 && chown 102:202 /dir/subdir/nestedfile

FROM busybox AS test_base
RUN mkdir -p /existingdir/existingsubdir \
 && touch /existingdir/existingfile \
 && chown 500:600 /existingdir \
 && chown 501:601 /existingdir/existingsubdir \
 && chown 501:601 /existingdir/existingfile

FROM test_base AS copy_from
COPY --from=source /file .
COPY --from=source /dir /dir
COPY --from=source /dir/. /existingdir
RUN stat -c '%u:%g %n' /file /dir /dir/subdir /dir/subdir/nestedfile /existingdir /existingdir/existingsubdir /existingdir/existingfile /existingdir/subdir /existingdir/subdir/nestedfile

FROM test_base AS copy_from_chowned
COPY --from=source --chown=300:400 /file .
COPY --from=source --chown=300:400 /dir /dir
COPY --from=source --chown=300:400 /dir/. /existingdir
RUN stat -c '%u:%g %n' /file /dir /dir/subdir /dir/subdir/nestedfile /existingdir /existingdir/existingsubdir /existingdir/existingfile /existingdir/subdir /existingdir/subdir/nestedfile
DF
)
d build --rm --force-rm --target copy_from -t po:copy_from "$C"
d build --rm --force-rm --target copy_from_chowned -t po:copy_from_chowned "$C"
d run --rm po:copy_from_chowned stat -c '%a %u:%g %n' /dir /dir/subdir /existingdir/subdir
