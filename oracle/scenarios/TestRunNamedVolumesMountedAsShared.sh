# source: integration-cli/docker_cli_run_test.go TestRunNamedVolumesMountedAsShared
# fixtures: busybox
d run --network none -v foo:/test:shared busybox touch /test/somefile
d run --network none -v foo:/test:rslave busybox touch /test/somefile
d volume ls -q
