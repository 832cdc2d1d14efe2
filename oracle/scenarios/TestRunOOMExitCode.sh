# source: integration-cli/docker_cli_run_unix_test.go TestRunOOMExitCode
# fixtures: busybox
d run --network none -m 8MB busybox sh -c 'x=a; while true; do x=$x$x$x$x; done'
