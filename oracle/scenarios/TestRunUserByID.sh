# source: integration-cli/docker_cli_run_test.go TestRunUserByID
# fixtures: busybox
d run --network none -u 1 busybox id
d run --network none -u 1:2 busybox id
d run --network none -u 4242 busybox id
