# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkValidateIP (IPv4 part)
# fixtures: busybox
# daemon: fresh
d network create --subnet=172.28.0.0/16 mynet
d run -d --name mynet0 --net=mynet --ip 172.28.99.88 busybox top
d inspect -f '{{.NetworkSettings.Networks.mynet.IPAMConfig.IPv4Address}} {{.NetworkSettings.Networks.mynet.IPAddress}}' mynet0
d run --net=mynet --ip mynet_ip busybox top
d run --net=mynet --ip6 172.28.99.99 busybox top
d run --net=mynet --ip6 ::ffff:172.28.99.99 busybox top
d network connect --ip mynet_ip mynet mynet0
d network connect --ip6 172.28.99.99 mynet mynet0
d rm -f mynet0
d network rm mynet
