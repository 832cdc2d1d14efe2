# source: integration-cli/docker_cli_build_test.go TestBuildMultiStageResetScratch
# fixtures: busybox
C=$(mkctx reset <<'DF'

		FROM busybox
		WORKDIR /foo/bar
		FROM scratch
		ENV FOO=bar
		
DF
)
d build -t build1 "$C"
d inspect --format '{{.Config.WorkingDir}}|{{json .Config.Env}}' build1
