# source: integration-cli/docker_cli_run_test.go TestRunWithVolumesFromExited
# fixtures: busybox
d run --network none --name test-data --volume /some/dir busybox touch /some/dir/file
d run --network none --volumes-from test-data busybox cat /some/dir/file
