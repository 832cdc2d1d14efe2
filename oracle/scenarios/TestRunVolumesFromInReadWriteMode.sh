# source: integration-cli/docker_cli_run_test.go TestRunVolumesFromInReadWriteMode
# fixtures: busybox
d run --network none --name parent -v /test busybox true
d run --network none --volumes-from parent:rw busybox touch /test/file
d run --network none --volumes-from parent:bar busybox touch /test/file
d run --network none --volumes-from parent busybox touch /test/file
d run --network none --volumes-from nosuch busybox true
