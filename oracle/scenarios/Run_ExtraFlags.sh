# source: docker CLI 28 / dockerd 20.10 create flags --label-file, --domainname, --oom-kill-disable, --cgroupns, --userns, --runtime, --isolation, --kernel-memory, --cpu-rt-*, --storage-opt, --volume-driver, --gpus, --ip, --ip6, --link-local-ip, --disable-content-trust
# fixtures: busybox
printf 'a=1\n  # comment\nb\n\nc=x y \nd=\n' > "$TMP/labels"
printf 'a=from-second\n' > "$TMP/labels2"
d create --network none --name lf --label-file "$TMP/labels" --label-file "$TMP/labels2" --label c=flag busybox
d inspect -f '{{json .Config.Labels}}' lf
d create --network none --label-file "$TMP/missing" busybox
printf '=x\n' > "$TMP/bad"
d create --network none --label-file "$TMP/bad" busybox
printf 'a b=x\n' > "$TMP/bad2"
d create --network none --label-file "$TMP/bad2" busybox
d create --network none --name dom --domainname example.com busybox
d inspect -f '{{json .Config.Domainname}} {{json .Config.Hostname}}' dom
d run --rm --network none --domainname example.com busybox cat /proc/sys/kernel/domainname
d create --network none --name oom --oom-kill-disable busybox
d create --network none --name oom2 --oom-kill-disable -m 64m busybox
d inspect -f '{{.HostConfig.OomKillDisable}}' oom2
d run --rm --network none --oom-kill-disable -m 64m busybox grep oom_kill_disable /sys/fs/cgroup/memory/memory.oom_control
d create --network none --name cg --cgroupns private busybox
d create --network none --name cgh --cgroupns host busybox
d create --network none --cgroupns foo busybox
d inspect -f '{{.HostConfig.CgroupnsMode}}' cg cgh oom
d run --rm --network none --cgroupns private busybox sh -c 'test "$(readlink /proc/self/ns/cgroup)" != "$(readlink /proc/1/ns/cgroup)" || echo same; cat /proc/self/cgroup | grep -c ":/$"'
d create --network none --name un --userns host busybox
d create --network none --userns foo busybox
d inspect -f '{{json .HostConfig.UsernsMode}}' un
d create --network none --name rt --runtime runc busybox
d create --network none --runtime foo busybox
d create --network none --name iso --isolation default busybox
d create --network none --isolation hyperv busybox
d inspect -f '{{.HostConfig.Runtime}} {{json .HostConfig.Isolation}}' rt iso
d create --network none --name km --kernel-memory 10m busybox
d create --network none --kernel-memory 1m busybox
d create --network none --kernel-memory foo busybox
d inspect -f '{{.HostConfig.KernelMemory}}' km
d create --network none --name rtp --cpu-rt-period 1000 --cpu-rt-runtime 900 busybox
d create --network none --cpu-rt-period 1000 --cpu-rt-runtime 1001 busybox
d inspect -f '{{.HostConfig.CpuRealtimePeriod}} {{.HostConfig.CpuRealtimeRuntime}}' rtp
d create --network none --storage-opt size=1G busybox
d create --network none --storage-opt foo busybox
d create --network none --name vd --volume-driver foo busybox
d inspect -f '{{json .HostConfig.VolumeDriver}}' vd
d create --network none --name dct --disable-content-trust busybox
d create --network none --name gpu --gpus all busybox
d inspect -f '{{json .HostConfig.DeviceRequests}}' gpu
d start gpu
d create --network none --name ip --ip 10.0.0.2 --ip6 fd00::2 --link-local-ip 169.254.1.1 busybox
d inspect -f '{{json .NetworkSettings.Networks.none.IPAMConfig}}' ip
d start ip
d create --network none --name ll --link-local-ip 169.254.1.1 busybox
d start -a ll
