# source: integration-cli/docker_cli_top_test.go TestTopPrivileged
# fixtures: busybox
d run --privileged -i -d --network none --name c1 busybox top
sh_d 'engine top c1 | sed 1d | awk "{print \$1, \$NF}"'
d inspect --format '{{.HostConfig.Privileged}}' c1
d kill c1
