# source: integration-cli/docker_cli_update_unix_test.go TestUpdateContainerInvalidValue (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name test-update-container -m 300M busybox true
d update -m 2M test-update-container
d inspect -f '{{.HostConfig.Memory}}' test-update-container
d update -m 2M nosuchcontainer
d update -m nonsense test-update-container
d update --cpu-shares abc test-update-container
d update --restart sometimes test-update-container
