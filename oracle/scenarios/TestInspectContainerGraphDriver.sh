# source: integration-cli/docker_cli_inspect_test.go TestInspectContainerGraphDriver (upstream needs devicemapper: here the driver's name and the keys its data has)
# fixtures: busybox
d run -d --network none --name c1 busybox true
d wait c1
d inspect --format '{{.GraphDriver.Name}}' c1
d inspect --format '{{json .GraphDriver.Data}}' c1
d inspect --format '{{range $k, $v := .GraphDriver.Data}}{{$k}} {{end}}' c1
d container inspect --format '{{range $k, $v := .GraphDriver}}{{$k}} {{end}}' c1
