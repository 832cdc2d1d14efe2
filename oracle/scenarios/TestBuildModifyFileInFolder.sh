# source: integration-cli/docker_cli_build_test.go TestBuildModifyFileInFolder (changing a file in a folder invalidates the cache of its ADD)
# fixtures: busybox
C=$(mkctx modfolder <<'DF'
FROM busybox
RUN ["mkdir", "/test"]
ADD folder/file /test/changetarget
DF
)
ctxfile modfolder folder/file first
d build -t testbuildmodifyfileinfolder "$C"
ID1=$(q images -q testbuildmodifyfileinfolder)
ctxfile modfolder folder/file second
d build -t testbuildmodifyfileinfolder "$C"
ID2=$(q images -q testbuildmodifyfileinfolder)
[ "$ID1" = "$ID2" ] && note "same image: cache used" || note "different image"
d run --rm --network none testbuildmodifyfileinfolder cat /test/changetarget
