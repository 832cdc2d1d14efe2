# source: integration-cli/docker_cli_run_test.go TestRunWorkingDirectory
# fixtures: busybox
d run --network none -w /root busybox pwd
d run --network none --workdir /root busybox pwd
d run --network none -w /new/dir busybox pwd
d run --network none -w relative busybox pwd
