# source: integration/container/stop_test.go TestStopContainerWithRestartPolicyAlways (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name verifyrestart1 --restart always busybox false
d run -d --network none --name verifyrestart2 --restart always busybox false
sleep 1
d stop verifyrestart1 verifyrestart2
d inspect -f '{{.Name}} {{.State.Status}} {{.State.Running}} {{.State.Restarting}}' verifyrestart1 verifyrestart2
sleep 1
d inspect -f '{{.Name}} {{.State.Status}}' verifyrestart1 verifyrestart2
