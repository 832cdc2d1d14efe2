# source: integration-cli/docker_cli_run_test.go TestRunRmPre125Api (the CLI may race the removal and log its own context error: stderr dropped)
# fixtures: busybox
sh_d 'DOCKER_API_VERSION=1.24 engine run --name=miss-me-when-im-gone --rm busybox 2>/dev/null; echo "exit $?"'
d inspect --format '{{.Name}}' miss-me-when-im-gone
d ps -a
