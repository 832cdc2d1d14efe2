# source: integration/container/logs_test.go TestLogsFollowTailEmpty (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name sleeper busybox sleep 100000
d logs --tail 2 sleeper
sh_d 'timeout 2 engine logs -f --tail 2 sleeper; echo "exit $?"'
d rm -f sleeper
