# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkInternalMode (inspect and the containers' link by address)
# fixtures: busybox
# daemon: fresh
d network create --driver=bridge --internal --subnet 10.107.0.0/24 internal
d network inspect -f '{{.Internal}}' internal
d run -d --net=internal --name=first busybox top
d run -d --net=internal --name=second busybox top
sh_d 'engine exec second ping -c 1 -W 2 10.107.0.2 | grep -c "1 packets received"'
d exec first ip route
d rm -f first second
d network rm internal
