# source: integration-cli/docker_cli_run_test.go TestVolumeFromMixedRWOptions
# fixtures: busybox
d run --network none --name parent -v /test busybox true
d run --network none --volumes-from parent:ro --name test-volumes-1 busybox true
d run --network none --volumes-from parent:rw --name test-volumes-2 busybox true
d inspect -f '{{range .Mounts}}{{.Destination}} {{.RW}} {{.Mode}}{{end}}' test-volumes-1 test-volumes-2
d run --network none --volumes-from parent:ro busybox touch /test/x
