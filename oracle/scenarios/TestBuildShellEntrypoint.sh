# source: integration-cli/docker_cli_build_test.go TestBuildShellEntrypoint (ls -l listing reduced to its "total" line)
# fixtures: busybox
C=$(mkctx shellep <<'DF'
FROM busybox
		SHELL ["ls"]
		ENTRYPOINT -l
DF
)
d build -t testbuildshellentrypoint "$C"
d inspect --format '{{json .Config.Shell}} {{json .Config.Entrypoint}} {{json .Config.Cmd}}' testbuildshellentrypoint
sh_d "engine run --rm --network none testbuildshellentrypoint | grep -c '^total '"
