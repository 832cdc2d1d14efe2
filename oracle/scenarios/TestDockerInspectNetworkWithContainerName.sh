# source: integration-cli/docker_cli_network_unix_test.go TestDockerInspectNetworkWithContainerName
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.95.0.0/24 brNetForInspect
d run -d --name testNetInspect1 --net brNetForInspect busybox top
d network inspect -f '{{range $k, $v := .Containers}}{{$v.Name}} {{$v.IPv4Address}} {{$v.MacAddress}}{{end}}' brNetForInspect
d rename testNetInspect1 HappyNewName
d network inspect -f '{{range $k, $v := .Containers}}{{$v.Name}} {{$v.IPv4Address}} {{$v.MacAddress}}{{end}}' brNetForInspect
d rm -f HappyNewName
d network rm brNetForInspect
