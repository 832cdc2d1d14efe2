# source: integration-cli/docker_cli_build_test.go TestBuildIidFile
# fixtures: none
C=$(mkctx iidfile <<'DF'
FROM scratch AS stage1
ENV FOO FOO
FROM scratch
ENV BAR BAZ
DF
)
d build -t testbuildiidfile --iidfile "$TMP/iid" "$C"
sh_d "cat $TMP/iid; echo"
d images --no-trunc -q testbuildiidfile
[ "$(cat "$TMP/iid")" = "$(q images --no-trunc -q testbuildiidfile)" ] && note "iidfile = image ID" || note "iidfile != image ID"
