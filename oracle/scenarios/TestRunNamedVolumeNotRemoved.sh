# source: integration-cli/docker_cli_run_test.go TestRunNamedVolumeNotRemoved
# fixtures: busybox
d volume create test
d run --network none --rm -v test:/foo -v /bar busybox true
d volume inspect --format '{{.Name}}' test
d volume ls -q
d run --network none --name=test -v test:/foo -v /bar busybox true
d rm -fv test
d volume inspect --format '{{.Name}}' test
d volume ls -q
