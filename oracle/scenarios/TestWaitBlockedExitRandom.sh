# source: integration-cli/docker_cli_wait_test.go TestWaitBlockedExitRandom (moby v18.09)
# fixtures: busybox
d run -d --network none --name c1 busybox /bin/sh -c "trap 'exit 99' TERM; while true; do usleep 10; done"
sleep 1
sh_d '(sleep 1; engine stop c1 >/dev/null) & engine wait c1'
