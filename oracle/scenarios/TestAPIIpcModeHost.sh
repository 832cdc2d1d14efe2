# source: integration/container/ipcmode_linux_test.go TestAPIIpcModeHost (through the CLI: --ipc host shares the host's /dev/shm)
# fixtures: busybox
d run -d --name ipchost --ipc host busybox top
d exec ipchost sh -c 'printf covfefe > /dev/shm/.oracle-ipchost-test'
sh_d 'cat /dev/shm/.oracle-ipchost-test; echo; rm -f /dev/shm/.oracle-ipchost-test'
d exec ipchost ls -a /dev/shm/.oracle-ipchost-test
d inspect -f '{{.HostConfig.IpcMode}}' ipchost
d rm -f ipchost
