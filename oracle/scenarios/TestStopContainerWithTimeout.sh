# source: integration/container/stop_linux_test.go TestStopContainerWithTimeout (moby v20.10.24)
# fixtures: busybox
# a forced kill gives 137, a graceful stop the script's 42 (sh as pid 1 ignores SIGTERM)
d run -d --network none --name t0 busybox sh -c 'sleep 5 && exit 42'
d stop -t 0 t0
d run -d --network none --name t1 busybox sh -c 'sleep 5 && exit 42'
d stop -t 1 t1
d run -d --network none --name t3 busybox sh -c 'sleep 2 && exit 42'
d stop -t 4 t3
d run -d --network none --name tinf busybox sh -c 'sleep 2 && exit 42'
d stop -t -1 tinf
d inspect -f '{{.Name}} {{.State.Status}} {{.State.ExitCode}}' t0 t1 t3 tinf
