# source: integration/container/ipcmode_linux_test.go TestAPIIpcModeShareableAndContainer (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name donor --ipc shareable busybox top
d exec donor sh -c 'echo shared-data > /dev/shm/file'
d run --rm --network none --ipc container:donor busybox cat /dev/shm/file
d run -d --network none --name private --ipc private busybox top
d run --rm --network none --ipc container:private busybox true
d run --rm --network none --ipc container:nosuch busybox true
d rm -f donor private
