# source: integration-cli/docker_cli_run_test.go TestContainersInUserDefinedNetwork
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.78.7.0/24 testnetwork
d run -d --net=testnetwork --name=first busybox top
note 'a new container pings the first by name at once (upstream with -t)'
sh_d 'engine run --net=testnetwork --name=second busybox ping -c 1 first | sed -n 1p'
d rm -f first second
d network rm testnetwork
