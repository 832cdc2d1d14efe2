# source: integration-cli/docker_api_containers_test.go TestContainerAPIDeleteRemoveVolume (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name withvolume -v /testvolume busybox top
sh_d 'test -d "$(engine inspect -f "{{(index .Mounts 0).Source}}" withvolume)" && echo volume-exists'
d rm -f -v withvolume
sh_d 'engine volume ls -q | wc -l'
