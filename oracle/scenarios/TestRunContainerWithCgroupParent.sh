# source: integration-cli/docker_cli_run_test.go TestRunContainerWithCgroupParent
# fixtures: busybox
note the cgroup paths depend on the host: the scenario shows whether one ends in PARENT/ID
sh_d 'out=$(engine run --network none --cgroup-parent test --name cgroup-test busybox cat /proc/self/cgroup) && id=$(engine inspect -f {{.Id}} cgroup-test) && echo "$out" | grep -q "test/$id\$" && echo found test/ID'
sh_d 'out=$(engine run --network none --cgroup-parent /cgroup-parent/test --name cgroup-test-absolute busybox cat /proc/self/cgroup) && id=$(engine inspect -f {{.Id}} cgroup-test-absolute) && echo "$out" | grep -q "/cgroup-parent/test/$id\$" && echo found /cgroup-parent/test/ID'
d inspect -f '{{.HostConfig.CgroupParent}}' cgroup-test cgroup-test-absolute
