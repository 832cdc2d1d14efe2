# source: integration/container/run_cgroupns_linux_test.go TestCgroupNamespacesRunHostMode (a container with --cgroupns host and the daemon's cgroup namespace)
# fixtures: busybox
d run -d --name cgns --cgroupns host busybox top
d inspect -f '{{.HostConfig.CgroupnsMode}}' cgns
sh_d 'c=$(engine exec cgns readlink /proc/self/ns/cgroup); [ "$c" = "$(readlink /proc/self/ns/cgroup)" ] && echo same || echo different'
d rm -f cgns
