# source: integration-cli/docker_cli_run_test.go TestRunTwoConcurrentContainers
# fixtures: busybox
sh_d 'engine run --network none busybox sleep 2 & engine run --network none busybox sleep 2; wait $!; echo done'
sh_d 'engine ps -a --format "{{.Command}} {{.Status}}" | sed "s/) .*$/)/"'
