# source: docker/cli cli/command/container/port.go (v28): the ports a container publishes, none without -p
# fixtures: busybox
d run -d --network none --name noports --expose 80 busybox top
d port noports
d port noports 80
d port noports 80/udp
d port noports 8080/tcp
d port noports abc
d port noports 99999
d port nosuch
d port nosuch 80
d port
d port noports 80 81
d container port noports
d create --network none --name created busybox
d port created
d rm -f noports
