# source: integration-cli/docker_cli_run_test.go TestRunVolumesFromInReadonlyModeFails
# fixtures: busybox
d run --network none --name parent -v /test busybox true
d run --network none --volumes-from parent:ro busybox touch /test/file
