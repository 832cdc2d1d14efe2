# source: integration-cli/docker_cli_run_test.go TestRunApplyVolumesFromBeforeVolumes
# fixtures: busybox
d run --network none --name parent -v /test busybox touch /test/foo
d run --network none --volumes-from parent -v /test busybox cat /test/foo
sh_d 'engine volume ls -q | wc -l'
