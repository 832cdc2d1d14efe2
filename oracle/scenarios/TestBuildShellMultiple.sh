# source: integration-cli/docker_cli_build_test.go TestBuildShellMultiple (ls -l listings reduced to their "total" line)
# fixtures: busybox
C=$(mkctx shellmultiple <<'DF'
FROM busybox
		RUN echo defaultshell
		SHELL ["echo"]
		RUN echoshell
		SHELL ["ls"]
		RUN -l
		CMD -l
DF
)
sh_d "engine build -t testbuildshellmultiple '$C' | sed -E 's/^total .*/total <n>/' | grep -v -E '^[-dlcbps][-rwxsStT]{9} '"
d inspect --format '{{json .Config.Shell}} {{json .Config.Cmd}}' testbuildshellmultiple
sh_d "engine run --rm --network none testbuildshellmultiple | grep -c '^total '"
