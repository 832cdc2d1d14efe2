# source: integration-cli/docker_cli_build_test.go TestBuildFails
# fixtures: busybox
C=$(mkctx bldfails <<'DF'
FROM busybox
		RUN sh -c "exit 23"
DF
)
d build -t testbuildfails "$C"
sh_d 'engine ps -aq | wc -l'
