# source: integration-cli/docker_api_containers_test.go TestContainerAPITop (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name topped busybox /bin/sh -c 'top & sleep 1000'
sleep 1
sh_dsort 'engine top topped -o comm,args | tail -n +2'
sh_d 'engine top topped -o comm,args | head -n 1'
d rm -f topped
