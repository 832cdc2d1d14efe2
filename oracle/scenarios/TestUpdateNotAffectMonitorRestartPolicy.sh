# source: integration-cli/docker_cli_update_unix_test.go TestUpdateNotAffectMonitorRestartPolicy (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name always --restart=always busybox sh -c 'sleep 2; exit 1'
d update --cpu-shares 512 always
d inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.CpuShares}}' always
sleep 4
d inspect -f '{{.State.Running}} {{.HostConfig.CpuShares}}' always
sh_d 'n=$(engine inspect -f "{{.RestartCount}}" always); [ "$n" -ge 1 ] && echo restarted'
d rm -f always
