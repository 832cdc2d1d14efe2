# source: integration-cli/docker_cli_run_test.go TestMountIntoProc
# fixtures: busybox
note the runtime error names the store paths of the daemon: only its rule is shown
sh_d 'engine run --network none -v /proc//sys busybox true 2>&1 | grep -o "cannot be mounted because it is inside /proc"'
sh_d 'engine ps -a --format "{{.Status}}" | cut -c1-7'
