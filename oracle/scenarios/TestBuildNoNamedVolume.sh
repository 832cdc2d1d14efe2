# source: integration-cli/docker_cli_build_test.go TestBuildNoNamedVolume
# fixtures: busybox
d run --network none --name vc -v testname:/foo busybox sh -c 'touch /foo/oops'
C=$(mkctx nonamedvol <<'DF'
FROM busybox
	VOLUME testname:/foo
	RUN ls /foo/oops
	
DF
)
d build -t test "$C"
d rm vc
d volume ls --format '{{.Name}}'
