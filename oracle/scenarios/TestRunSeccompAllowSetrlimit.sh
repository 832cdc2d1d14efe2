# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompAllowSetrlimit
# fixtures: busybox
note 'ulimit uses setrlimit'
d run --network none busybox sh -c 'ulimit -v 1048510 && ulimit -v'
