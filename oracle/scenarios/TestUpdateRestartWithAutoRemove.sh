# source: integration/container/update_test.go TestUpdateRestartWithAutoRemove (moby v20.10.24)
# fixtures: busybox
d run -d --network none --rm --name autorm busybox top
d update --restart always autorm
d update --restart no autorm
d update --cpu-shares 512 autorm
d inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.AutoRemove}} {{.HostConfig.CpuShares}}' autorm
d rm -f autorm
