# source: integration-cli/docker_cli_build_test.go TestBuildRm
# fixtures: busybox
C=$(mkctx bldrm <<'DF'
FROM busybox
	RUN echo hello world
DF
)
d build -t testbuildrm "$C"
sh_d 'engine ps -aq | wc -l'
d rmi testbuildrm
d build -t testbuildrm --rm "$C"
sh_d 'engine ps -aq | wc -l'
d rmi testbuildrm
d build -t testbuildrm --rm=false "$C"
sh_d 'engine ps -aq | wc -l'
d ps -a --format '{{.Image}} {{.Command}}'
d rmi testbuildrm
