# source: integration-cli/docker_cli_build_test.go TestBuildIidFileCleanupOnFail (a failed build removes the --iidfile)
# fixtures: none
C=$(mkctx iidfail <<'DF'
FROM scratch
	RUN /non/existing/command
DF
)
printf Dummy > "$TMP/iid"
d build -t testbuildiidfilecleanuponfail --iidfile "$TMP/iid" "$C"
sh_d "test -e $TMP/iid && echo exists || echo gone"
