# source: integration-cli/docker_cli_exec_test.go TestExecCgroup (exec runs in the container's cgroups)
# fixtures: busybox
d run -d --name testing busybox top
sh_d 'a=$(engine exec testing cat /proc/1/cgroup | sort); for i in 1 2 3; do b=$(engine exec testing cat /proc/self/cgroup | sort); [ "$a" = "$b" ] && echo same || echo "differs: $b"; done'
d exec testing sh -c 'grep -c . /proc/self/cgroup >/dev/null && echo has-cgroups'
d rm -f testing
