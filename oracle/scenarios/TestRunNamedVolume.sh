# source: integration-cli/docker_cli_run_test.go TestRunNamedVolume
# fixtures: busybox
d run --network none --name=test -v testing:/foo busybox sh -c 'echo hello > /foo/bar'
d run --network none --volumes-from test busybox sh -c 'cat /foo/bar'
d run --network none -v testing:/foo busybox sh -c 'cat /foo/bar'
d volume ls
