# source: integration-cli/docker_cli_run_test.go TestRunRootWorkdir
# fixtures: busybox
d run --network none --workdir / busybox pwd
