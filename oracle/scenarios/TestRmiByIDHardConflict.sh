# source: integration-cli/docker_cli_rmi_test.go TestRmiByIDHardConflict
# fixtures: busybox
d create --network none busybox
ID=$(q inspect --format '{{.Id}}' busybox:latest)
d rmi "${ID:0:12}"
d inspect --format '{{.Id}}' busybox:latest
