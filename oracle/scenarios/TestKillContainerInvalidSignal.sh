# source: integration/container/kill_test.go TestKillContainerInvalidSignal (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name k busybox top
d run -d --network none --name kk busybox top
d kill -s 0 k
d kill -s 0 kk
d inspect -f '{{.State.Status}}' kk
d kill -s SIG42 kk
d inspect -f '{{.State.Status}}' kk
d kill -s NOSUCH kk
d kill -s -1 kk
d inspect -f '{{.State.Status}}' kk
d rm -f kk
