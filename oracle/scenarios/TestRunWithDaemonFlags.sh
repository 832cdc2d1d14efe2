# source: integration-cli/docker_cli_run_test.go TestRunWithDaemonFlags
# fixtures: busybox
d --exec-opt foo=bar run -i busybox true
