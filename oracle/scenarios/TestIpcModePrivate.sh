# source: integration/container/ipcmode_linux_test.go TestIpcModePrivate (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name ipc --ipc private busybox top
d inspect -f '{{.HostConfig.IpcMode}}' ipc
sh_d 'engine exec ipc sh -c "awk '"'"'(\$5 == \"/dev/shm\") {printf \$3}'"'"' /proc/self/mountinfo" | grep -cE "^[0-9]+:[0-9]+$"'
sh_d 'engine exec ipc sh -c "mount | grep -c \" /dev/shm \""'
d rm -f ipc
