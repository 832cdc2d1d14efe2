# source: integration-cli/docker_cli_run_test.go TestContainersNetworkIsolation
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.18.0/24 testnetwork1
d network create -d bridge --subnet 10.78.19.0/24 testnetwork2
d run -d --net=testnetwork1 --name=first busybox top
d run -d --net=testnetwork2 --name=second busybox top
sh_d 'engine exec first ping -c 1 -W 2 second | sed -n 1p'
d network connect testnetwork2 first
sh_d 'engine exec first ping -c 1 -W 2 second | sed -n 1p'
d network disconnect testnetwork2 first
sh_d 'engine exec first ping -c 1 -W 2 second | sed -n 1p'
d rm -f first second
d network rm testnetwork1 testnetwork2
