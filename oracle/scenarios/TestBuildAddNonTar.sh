# source: integration-cli/docker_cli_build_test.go TestBuildAddNonTar (a file named .tar that is no archive is copied, not extracted)
# fixtures: busybox
C=$(mkctx nontar <<'DF'

		FROM busybox
		ADD test.tar /
		RUN test -f /test.tar
DF
)
ctxfile nontar test.tar not_a_tar_file
d build -t testbuildaddnontar "$C"
d run --rm --network none testbuildaddnontar cat /test.tar
