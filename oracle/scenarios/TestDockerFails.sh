# source: integration-cli/docker_cli_run_test.go TestDockerFails
# fixtures: busybox
d run -foo busybox
