# source: integration-cli/docker_cli_run_test.go TestNetworkRmWithActiveContainers
# fixtures: busybox
# daemon: fresh
d network create -d bridge testnetwork1
d run -d --net=testnetwork1 --name=first busybox top
d run -d --net=testnetwork1 --name=second busybox top
d network rm testnetwork1
d stop -t 1 first
d network rm testnetwork1
d stop -t 1 second
d network rm testnetwork1
d rm -f first second
