# source: integration/container/kill_test.go TestKillStoppedContainer (moby v20.10.24)
# fixtures: busybox
d create --network none --name created busybox top
d kill -s SIGKILL created
d kill created
d run --network none --name exited busybox true
d kill exited
d kill -s SIGKILL exited created
