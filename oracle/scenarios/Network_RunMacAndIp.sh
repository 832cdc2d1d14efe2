# source: --ip and --mac-address on a user-defined network (own scenario; TestDockerNetworkValidateIP's IPv4 part)
# fixtures: busybox
d network create --subnet 172.28.0.0/16 mynet
d run -d --name mynet0 --net mynet --ip 172.28.99.88 busybox top
d inspect -f '{{.NetworkSettings.Networks.mynet.IPAddress}} {{.NetworkSettings.Networks.mynet.IPAMConfig.IPv4Address}} {{.NetworkSettings.Networks.mynet.MacAddress}}' mynet0
d run --net mynet --ip 172.28.99.88 busybox true
d run --net mynet --ip mynet_ip busybox true
d run -d --name mac0 --net mynet --mac-address 02:42:ac:11:ff:01 busybox top
d inspect -f '{{.NetworkSettings.Networks.mynet.IPAddress}} {{.NetworkSettings.Networks.mynet.MacAddress}}' mac0
d exec mac0 cat /sys/class/net/eth0/address
d rm -f mynet0 mac0
d network rm mynet
