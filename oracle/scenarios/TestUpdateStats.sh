# source: integration-cli/docker_cli_update_unix_test.go TestUpdateStats (the memory limit stats report is unchanged by a CPU quota update)
# fixtures: busybox
d run -d -ti --name foo -m 500m busybox
sh_d 'engine stats --no-stream --format "{{.MemUsage}}" foo | sed "s/.* \/ //"'
d update --cpu-quota 2000 foo
sh_d 'engine stats --no-stream --format "{{.MemUsage}}" foo | sed "s/.* \/ //"'
d inspect -f '{{.HostConfig.Memory}} {{.HostConfig.CpuQuota}}' foo
d rm -f foo
