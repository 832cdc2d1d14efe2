# source: integration-cli/docker_cli_run_test.go TestRunMountShmMqueueFromHost
# fixtures: busybox
note this host has no /dev/mqueue: only the /dev/shm half of the test is kept
q run --network none -d --name shmfromhost -v /dev/shm:/dev/shm busybox sh -c "echo -n test > /dev/shm/shmfromhost-test && top" >/dev/null
sh_d 'for i in $(seq 50); do [ -e /dev/shm/shmfromhost-test ] && break; sleep 0.1; done; cat /dev/shm/shmfromhost-test; echo'
d inspect -f '{{range .Mounts}}{{.Source}}:{{.Destination}} {{end}}' shmfromhost
d run --network none --name ipchost --ipc host busybox sh -c "cat /dev/shm/shmfromhost-test; echo"
d rm -f shmfromhost
sh_d 'rm -f /dev/shm/shmfromhost-test'
