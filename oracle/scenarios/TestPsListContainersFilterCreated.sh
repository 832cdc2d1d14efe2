# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterCreated
# fixtures: busybox
d create --network none busybox
d ps -q
d ps -a
d ps -q -f status=created
