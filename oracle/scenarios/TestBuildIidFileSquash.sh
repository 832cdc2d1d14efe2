# source: docker/cli v28.2.2 e2e/image/build_test.go TestBuildIidFileSquash (upstream needs an experimental daemon: here what a daemon without it answers, and that no iidfile is written)
# fixtures: busybox
CTX=$(mkctx ctx <<'DF'

	FROM busybox
	ENV FOO=FOO
	ENV BAR=BAR
	RUN touch /fiip
	RUN touch /foop
DF
)
sh_d 'cd ctx && engine build --iidfile $TMP/idsquash --squash -t testbuildiidfilesquash .'
sh_d 'test -e $TMP/idsquash && echo iidfile written || echo no iidfile'
d image inspect -f '{{.Id}}' testbuildiidfilesquash
