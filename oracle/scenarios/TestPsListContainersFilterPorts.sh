# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterPorts (--network none: published ports are not bound)
# fixtures: busybox
d run -d --network none --name id1 --publish=80 busybox top
d run -d --network none --name id2 --expose=8080 busybox top
d run -d --network none --name id3 -p 1090:90 busybox top
d ps --format '{{.Names}}'
d ps --format '{{.Names}}' --filter publish=80-8080/udp
d ps --format '{{.Names}}' --filter expose=8081
d ps --format '{{.Names}}' --filter publish=80-81
d ps --format '{{.Names}}' --filter expose=80/tcp
d ps --format '{{.Names}}' --filter publish=1090
d ps --format '{{.Names}}' --filter expose=8080/tcp
d ps --format '{{.Names}}' --filter expose=80-8080
d inspect --format '{{json .Config.ExposedPorts}} {{json .HostConfig.PortBindings}}' id1 id2 id3
d rm -f id1 id2 id3
