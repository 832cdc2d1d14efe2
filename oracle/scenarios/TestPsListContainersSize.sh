# source: integration-cli/docker_cli_ps_test.go TestPsListContainersSize
# fixtures: busybox
d run -d --network none --name base busybox
d wait base
d ps -s -n=1
d run --network none --name test_size busybox sh -c 'echo 1 > test'
d ps -s -n=1
d ps -a -s --format '{{.Names}} {{.Size}}'
