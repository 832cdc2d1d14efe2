# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectDisconnect
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.81.0.0/24 test
d network inspect -f '{{.Name}} {{len .Containers}}{{range $k, $v := .Containers}} {{$v.Name}} {{$v.IPv4Address}}{{end}}' test
d run -d --name test busybox top
d network connect test test
d network inspect -f '{{.Name}} {{len .Containers}}{{range $k, $v := .Containers}} {{$v.Name}} {{$v.IPv4Address}}{{end}}' test
d inspect -f '{{.NetworkSettings.Networks.test.IPAddress}}' test
d network disconnect test test
d network inspect -f '{{.Name}} {{len .Containers}}{{range $k, $v := .Containers}} {{$v.Name}} {{$v.IPv4Address}}{{end}}' test
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' test
d run -d --net test --name test2 busybox top
d network inspect -f '{{.Name}} {{len .Containers}}{{range $k, $v := .Containers}} {{$v.Name}} {{$v.IPv4Address}}{{end}}' test
d network disconnect -f test test2
d network inspect -f '{{.Name}} {{len .Containers}}{{range $k, $v := .Containers}} {{$v.Name}} {{$v.IPv4Address}}{{end}}' test
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' test2
d rm -f test test2
d network rm test
