# source: integration-cli/docker_cli_run_test.go TestRunAddDeviceCgroupRule
# fixtures: busybox
d run --network none --rm busybox sh -c 'grep -c "c 7:128 rwm" /sys/fs/cgroup/devices/devices.list'
d run --network none --rm --device-cgroup-rule='c 7:128 rwm' busybox grep 'c 7:128 rwm' /sys/fs/cgroup/devices/devices.list
d run --network none --rm --device-cgroup-rule='c 7:128 rwx' busybox true
d run --network none --rm --device-cgroup-rule='a *:* rwm' busybox true
d create --network none --name c1 --device-cgroup-rule='c 7:128 rwm' --device-cgroup-rule='b *:* r' busybox
d inspect -f '{{json .HostConfig.DeviceCgroupRules}}' c1
