# source: integration-cli/docker_cli_wait_test.go TestWaitNonBlockedExitZero (moby v18.09)
# fixtures: busybox
d run -d --network none --name c1 busybox sh -c true
sleep 1
d wait c1
