# source: integration/container/update_test.go TestUpdateRestartPolicy (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name upd --restart on-failure:3 busybox sh -c 'sleep 1 && false'
d update --restart on-failure:5 upd
d inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' upd
sh_d 'for i in $(seq 120); do s=$(engine inspect -f "{{.State.Status}} {{.RestartCount}}" upd); [ "$s" = "exited 5" ] && break; sleep 0.5; done; echo "$s"'
d update --restart no upd
d inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' upd
d rm -f upd
