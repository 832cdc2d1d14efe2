# source: integration-cli/docker_cli_build_test.go TestBuildAddSingleFileToWorkdir (ADD to "." without WORKDIR lands in /)
# fixtures: busybox
C=$(mkctx addwd <<'DF'
FROM busybox
	       ADD test_file .
DF
)
ctxfile addwd test_file 'test1'
d build -t testaddsinglefiletoworkdir "$C"
d run --rm --network none testaddsinglefiletoworkdir sh -c 'stat -c "%a %U:%G %n" /test_file; cat /test_file'
