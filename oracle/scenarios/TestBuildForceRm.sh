# source: integration-cli/docker_cli_build_test.go TestBuildForceRm
# fixtures: busybox
C=$(mkctx forcerm <<'DF'
FROM busybox
	RUN true
	RUN thiswillfail
DF
)
d build -t testbuildforcerm --force-rm "$C"
sh_d 'engine ps -aq | wc -l'
d images --format '{{.Repository}}:{{.Tag}}'
