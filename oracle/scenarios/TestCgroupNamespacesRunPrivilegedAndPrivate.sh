# source: integration/container/run_cgroupns_linux_test.go TestCgroupNamespacesRunPrivilegedAndPrivate (a privileged container with --cgroupns private has its own cgroup namespace)
# fixtures: busybox
d run -d --name cgns --privileged --cgroupns private busybox top
d inspect -f '{{.HostConfig.CgroupnsMode}} {{.HostConfig.Privileged}}' cgns
sh_d 'c=$(engine exec cgns readlink /proc/self/ns/cgroup); [ "$c" = "$(readlink /proc/self/ns/cgroup)" ] && echo same || echo different'
d rm -f cgns
