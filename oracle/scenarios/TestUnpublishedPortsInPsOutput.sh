# source: integration-cli/docker_cli_port_test.go TestUnpublishedPortsInPsOutput (no bridge: ps shows no ports)
# fixtures: busybox
d run -d --name e1 --expose 5000-5001 --expose 6000-6001 busybox top
d ps -n=1 --format '{{.Names}}|{{.Ports}}|'
d run -d --name e2 -P --expose 5000-5001 --expose 6000-6001 busybox top
d ps -n=1 --format '{{.Names}}|{{.Ports}}|'
d inspect --format '{{json .Config.ExposedPorts}} {{.HostConfig.PublishAllPorts}} {{json .NetworkSettings.Ports}}' e2
d run -d --name e3 -p 7000:5000 -p 7001:6000 --expose 5000-5001 --expose 6000-6001 busybox top
d ps -n=1 --format '{{.Names}}|{{.Ports}}|'
d run -d --name e4 -p 7000:5000 -p 7001:6000 busybox top
d ps -n=1 --format '{{.Names}}|{{.Ports}}|'
d run -d --name e5 --expose 5000-5001 -p 7001:6000 busybox top
d ps -n=1 --format '{{.Names}}|{{.Ports}}|'
d ps --no-trunc --format '{{.Names}}|{{.Ports}}|'
d port e5
d port e5 6000
d rm -f e1 e2 e3 e4 e5
