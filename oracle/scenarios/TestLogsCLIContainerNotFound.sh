# source: integration-cli/docker_cli_logs_test.go TestLogsCLIContainerNotFound
# fixtures: busybox
d logs testlogsnocontainer
