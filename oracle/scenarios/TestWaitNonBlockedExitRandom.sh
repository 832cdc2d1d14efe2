# source: integration-cli/docker_cli_wait_test.go TestWaitNonBlockedExitRandom (moby v18.09)
# fixtures: busybox
d run -d --network none --name c1 busybox sh -c 'exit 99'
sleep 1
d wait c1
d wait c1 nosuch
