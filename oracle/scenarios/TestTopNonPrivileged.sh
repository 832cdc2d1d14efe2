# source: integration-cli/docker_cli_top_test.go TestTopNonPrivileged
# fixtures: busybox
d run -d --network none --name c1 busybox top
sh_d 'engine top c1 | sed -n 1p'
sh_d 'engine top c1 | sed 1d | awk "{print \$1, \$NF}"'
d kill c1
d top c1
