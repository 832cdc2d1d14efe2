# source: integration-cli/docker_cli_run_test.go TestRunInvalidCgroupParent
# fixtures: busybox
note the cgroup paths depend on the host: the scenario shows whether one ends in the cleaned PARENT/ID
sh_d 'out=$(engine run --network none --cgroup-parent ../../../../../../../../SHOULD_NOT_EXIST --name cgroup-invalid-test busybox cat /proc/self/cgroup) && id=$(engine inspect -f {{.Id}} cgroup-invalid-test) && echo "$out" | grep -q "SHOULD_NOT_EXIST/$id\$" && echo found SHOULD_NOT_EXIST/ID'
sh_d 'test -e /SHOULD_NOT_EXIST || echo no /SHOULD_NOT_EXIST on the host'
sh_d 'out=$(engine run --network none --cgroup-parent /../../../../../../../../SHOULD_NOT_EXIST --name cgroup-absolute-invalid-test busybox cat /proc/self/cgroup) && id=$(engine inspect -f {{.Id}} cgroup-absolute-invalid-test) && echo "$out" | grep -q "/SHOULD_NOT_EXIST/$id\$" && echo found /SHOULD_NOT_EXIST/ID'
d inspect -f '{{.HostConfig.CgroupParent}}' cgroup-invalid-test cgroup-absolute-invalid-test
