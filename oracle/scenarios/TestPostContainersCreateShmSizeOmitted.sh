# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateShmSizeOmitted (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name shm busybox mount
d inspect -f '{{.HostConfig.ShmSize}}' shm
sh_d 'engine start -a shm | grep /dev/shm | grep -o "size=[0-9]*k"'
