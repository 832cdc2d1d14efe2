# source: integration/build/build_test.go TestBuildMultiStageCopy (COPY --from to /, a new dir, a new nested dir, an existing dir, a new subdir of an existing dir; each --target)
# fixtures: busybox
C=$(mkctx msc <<'DF'
FROM busybox AS base
RUN mkdir existingdir

FROM base AS source
RUN echo "Hello World" > /hello

FROM base AS copy_to_root
COPY --from=source /hello /hello

FROM base AS copy_to_newdir
COPY --from=source /hello /newdir/hello

FROM base AS copy_to_newdir_nested
COPY --from=source /hello /newdir/newsubdir/hello

FROM base AS copy_to_existingdir
COPY --from=source /hello /existingdir/hello

FROM base AS copy_to_newsubdir
COPY --from=source /hello /existingdir/newsubdir/hello
DF
)
d build --rm --force-rm --target copy_to_root -t testbuildmultistagecopy/copy_to_root "$C"
d run --rm testbuildmultistagecopy/copy_to_root cat /hello
d build --rm --force-rm --target copy_to_newdir -t testbuildmultistagecopy/copy_to_newdir "$C"
d run --rm testbuildmultistagecopy/copy_to_newdir stat -c '%a %u:%g %F %n' /newdir /newdir/hello
d build --rm --force-rm --target copy_to_newdir_nested -t testbuildmultistagecopy/copy_to_newdir_nested "$C"
d run --rm testbuildmultistagecopy/copy_to_newdir_nested stat -c '%a %u:%g %F %n' /newdir /newdir/newsubdir /newdir/newsubdir/hello
d build --rm --force-rm --target copy_to_existingdir -t testbuildmultistagecopy/copy_to_existingdir "$C"
d run --rm testbuildmultistagecopy/copy_to_existingdir stat -c '%a %u:%g %F %n' /existingdir /existingdir/hello
d build --rm --force-rm --target copy_to_newsubdir -t testbuildmultistagecopy/copy_to_newsubdir "$C"
d run --rm testbuildmultistagecopy/copy_to_newsubdir stat -c '%a %u:%g %F %n' /existingdir /existingdir/newsubdir /existingdir/newsubdir/hello
d image inspect --format '{{.Config.WorkingDir}}|{{json .Config.Cmd}}' testbuildmultistagecopy/copy_to_newsubdir
