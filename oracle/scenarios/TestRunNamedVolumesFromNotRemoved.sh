# source: integration-cli/docker_cli_run_test.go TestRunNamedVolumesFromNotRemoved
# fixtures: busybox
d volume create test
d run -d --network none --name=parent -v test:/foo -v /bar busybox true
d run --network none --name=child --volumes-from=parent busybox true
d volume ls -q
d rm -f parent
d rm -fv child
d volume inspect --format '{{.Name}}' test
d volume ls -q
