# source: integration/build/build_test.go TestBuildMultiStageParentConfig (a stage FROM an earlier stage inherits its ENV and WORKDIR, not a sibling's)
# fixtures: busybox
C=$(mkctx mspc <<'DF'

		FROM busybox AS stage0
		ENV WHO=parent
		WORKDIR /foo

		FROM stage0
		ENV WHO=sibling1
		WORKDIR sub1

		FROM stage0
		WORKDIR sub2
	
DF
)
d build --rm --force-rm -t testbuildmultistageparentconfig "$C"
d image inspect --format '{{.Config.WorkingDir}}' testbuildmultistageparentconfig
d image inspect --format '{{json .Config.Env}}' testbuildmultistageparentconfig
d run --rm testbuildmultistageparentconfig sh -c 'pwd; echo $WHO'
