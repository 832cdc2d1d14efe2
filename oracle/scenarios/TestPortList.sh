# source: integration-cli/docker_cli_port_test.go TestPortList (no bridge: nothing is published, so no host port is ever taken)
# fixtures: busybox
d run -d --name one -p 9876:80 busybox top
d port one 80
d port one
d inspect --format '{{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}}' one
d rm -f one
d run -d --name three -p 9876:80 -p 9877:81 -p 9878:82 busybox top
d port three 80
d port three
d rm -f three
d run -d --name same -p 9876:80 -p 9999:80 -p 9877:81 -p 9878:82 busybox top
d inspect --format '{{json .HostConfig.PortBindings}}' same
d port same 80
d port same
d rm -f same
for i in 0 1 2 3; do
  d run -d --name range$i -p 9090-9092:80 busybox top
  d port range$i
done
d inspect --format '{{json .HostConfig.PortBindings}}' range3
d rm -f range0 range1 range2 range3
for r in 9090-9089:80 9090-:80 -9090:80; do
  d run -d -p $r busybox top
done
d run -d --name hrange -p 9800-9803:80-83 busybox top
d port hrange
d inspect --format '{{json .HostConfig.PortBindings}} {{json .Config.ExposedPorts}}' hrange
d rm -f hrange
d run -d --name big -p 8000-8080:80 -p 8000-8080:80/udp busybox top
d port big
d inspect --format '{{json .HostConfig.PortBindings}}' big
d rm -f big
