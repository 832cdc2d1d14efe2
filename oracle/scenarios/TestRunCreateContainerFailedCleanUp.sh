# source: integration-cli/docker_cli_run_test.go TestRunCreateContainerFailedCleanUp
# fixtures: busybox
d run --network none --name unique_name --link nothing:nothing busybox
d inspect -f '{{.Id}}' unique_name
d ps -aq
