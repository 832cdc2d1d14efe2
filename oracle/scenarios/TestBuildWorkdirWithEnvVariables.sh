# source: integration-cli/docker_cli_build_test.go TestBuildWorkdirWithEnvVariables
# fixtures: busybox
C=$(mkctx wdenv <<'DF'
FROM busybox
		ENV DIRPATH /test1
		ENV SUBDIRNAME test2
		WORKDIR $DIRPATH
		WORKDIR $SUBDIRNAME/$MISSING_VAR
DF
)
d build -t testbuildworkdirwithenvvariables "$C"
d inspect --format '{{.Config.WorkingDir}}' testbuildworkdirwithenvvariables
