# source: integration/container/exec_test.go TestExecUser (moby v20.10.24)
# fixtures: busybox
d run -d -t --network none --name execuser --user 1:1 busybox top
d exec execuser id
d exec -u 0 execuser id
d exec -u nobody execuser id
d exec -u 2:2 execuser id
d rm -f execuser
