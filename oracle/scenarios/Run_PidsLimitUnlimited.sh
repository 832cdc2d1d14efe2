# source: docker run reference (--pids-limit: 0 and negative values mean no limit; the daemon stores none)
# fixtures: busybox
for v in 0 -1 -5 32; do
  d create --name "pids$v" --pids-limit=$v busybox true
  d inspect -f '{{.HostConfig.PidsLimit}} {{json .HostConfig.PidsLimit}}' "pids$v"
done
d create --name pidsnone busybox true
d inspect -f '{{.HostConfig.PidsLimit}} {{json .HostConfig.PidsLimit}}' pidsnone
d run --rm --pids-limit -1 busybox cat /sys/fs/cgroup/pids/pids.max
d update --pids-limit 8 pids-1
d inspect -f '{{json .HostConfig.PidsLimit}}' pids-1
d update --pids-limit -1 pids-1
d inspect -f '{{json .HostConfig.PidsLimit}}' pids-1
