# source: integration-cli/docker_cli_save_load_unix_test.go TestSaveAndLoadWithProgressBar
# fixtures: busybox
C=$(mkctx load <<'DF'
FROM busybox
	RUN touch aa
DF
)
d build -q -t test-load "$C"
d save -o test-load.tar test-load
d rmi test-load
d tag busybox test-load
d load -i test-load.tar
d images -a
