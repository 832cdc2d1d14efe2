# source: integration-cli/docker_cli_run_test.go TestRunUserByName
# fixtures: busybox
d run --network none -u root busybox id
d run --network none -u nobody busybox id
d run --network none -u daemon:root busybox id
