# source: integration-cli/docker_cli_run_test.go TestRunNoDupVolumes
# fixtures: busybox
d run --network none -v "$TMP/test1:/someplace" -v "$TMP/test2:/someplace" busybox true
d run --network none -v test1:/someplace -v test2:/someplace busybox true
d volume ls
d ps -a
