# source: integration-cli/docker_cli_build_test.go TestBuildVolumeFileExistsinContainer (the daemon's rootfs path masked)
# fixtures: busybox
C=$(mkctx volfileexists <<'DF'

	FROM busybox
	RUN touch /foo
	VOLUME /foo
	
DF
)
sh_d "engine build -t docker-test-errcreatevolumewithfile '$C' 2>&1 | sed -E 's#file exists /.*/foo\$#file exists <container rootfs>/foo#'"
sh_d 'engine ps -aq | wc -l'
