# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateWithShmSize (moby v20.10.24), through the docker CLI
# fixtures: busybox
d create --network none --name shm --shm-size 1073741824 busybox mount
d inspect -f '{{.HostConfig.ShmSize}}' shm
sh_d 'engine start -a shm | grep /dev/shm | grep -o "size=[0-9]*k"'
