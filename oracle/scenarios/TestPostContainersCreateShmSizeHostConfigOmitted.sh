# source: integration-cli/docker_api_containers_test.go TestPostContainersCreateShmSizeHostConfigOmitted
# fixtures: busybox
api POST '/containers/create?name=c1' '{"Image":"busybox","Cmd":["mount"],"HostConfig":{"NetworkMode":"none"}}'
apij GET /containers/c1/json -- 'j["HostConfig"]["ShmSize"]'
sh_d 'engine start -i c1 | grep " /dev/shm "'
