# source: integration-cli/docker_api_containers_test.go TestContainerAPIDeleteConflict (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name conflicted busybox top
sh_d 'engine rm conflicted 2>&1 | sed "s/[0-9a-f]\{64\}/ID/"'
d rm -f conflicted
