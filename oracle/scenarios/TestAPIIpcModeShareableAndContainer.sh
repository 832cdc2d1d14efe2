# source: integration/container/ipcmode_linux_test.go TestAPIIpcModeShareableAndContainer (through the CLI: --ipc container:X shares a shareable donor's /dev/shm; a private donor refuses)
# fixtures: busybox
d run -d --name donor1 --ipc shareable busybox top
d run -d --name user1 --ipc container:donor1 busybox top
d exec donor1 sh -c 'printf covfefe > /dev/shm/bar'
d exec user1 cat /dev/shm/bar
d exec user1 sh -c 'printf again > /dev/shm/baz'
d exec donor1 cat /dev/shm/baz
d inspect -f '{{.HostConfig.IpcMode}}' user1
d run -d --name donor2 --ipc private busybox top
d create --name user2 --ipc container:donor2 busybox top
d start user2
d rm -f donor1 user1 donor2 user2
