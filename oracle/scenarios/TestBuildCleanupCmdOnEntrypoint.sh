# source: integration-cli/docker_cli_build_test.go TestBuildCleanupCmdOnEntrypoint
C=$(mkctx cmdcleanup <<'DF'
FROM scratch
		CMD ["test"]
		ENTRYPOINT ["echo"]
DF
)
d build -t testbuildcmdcleanuponentrypoint "$C"
C2=$(mkctx cmdcleanup2 <<'DF'
FROM testbuildcmdcleanuponentrypoint
		ENTRYPOINT ["cat"]
DF
)
d build -t testbuildcmdcleanuponentrypoint "$C2"
d inspect --format '{{.Config.Cmd}} {{.Config.Entrypoint}}' testbuildcmdcleanuponentrypoint
d images --format '{{.Repository}}:{{.Tag}}'
