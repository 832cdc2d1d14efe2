# source: integration-cli/docker_api_logs_test.go TestLogsAPIContainerNotFound (moby v20.10.24), through the docker CLI
# fixtures: busybox
d logs nosuchcontainer
d logs -f nosuchcontainer
