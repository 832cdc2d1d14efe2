# source: integration-cli/docker_cli_inspect_test.go TestInspectImageGraphDriver (upstream needs devicemapper: here the driver's name and the keys its data has)
# fixtures: busybox
d inspect --format '{{.GraphDriver.Name}}' busybox
d inspect --format '{{json .GraphDriver.Data}}' busybox
d image inspect --format '{{range $k, $v := .GraphDriver}}{{$k}} {{end}}' busybox
