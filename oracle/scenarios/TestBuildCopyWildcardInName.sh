# source: integration-cli/docker_cli_build_test.go TestBuildCopyWildcardInName (a context file named *.txt matches its own pattern)
# fixtures: busybox
C=$(mkctx wildname <<'DF'
FROM busybox
	COPY *.txt /tmp/
	RUN [ "$(cat /tmp/\*.txt)" = 'hi there' ]
	
DF
)
ctxfile wildname '*.txt' 'hi there'
d build -t testcopywildcardinname "$C"
