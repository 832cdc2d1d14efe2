# source: integration-cli/docker_cli_run_test.go TestRunEmptyEnv
# fixtures: busybox
d run --network none -e '' busybox true
d run --network none -e = busybox true
d run --network none -e =foo busybox true
d ps -a
