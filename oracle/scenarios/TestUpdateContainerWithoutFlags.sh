# source: integration-cli/docker_cli_update_unix_test.go TestUpdateContainerWithoutFlags (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name test-update-container -m 300M busybox true
d update test-update-container
d update
d container update -m 400M
