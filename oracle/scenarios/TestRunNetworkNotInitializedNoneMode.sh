# source: integration-cli/docker_cli_run_test.go TestRunNetworkNotInitializedNoneMode
# fixtures: busybox
d run -d --net=none --name c1 busybox top
d inspect --format '{{.NetworkSettings.Networks.none.IPAddress}}|' c1
d inspect --format '{{.HostConfig.NetworkMode}} {{range $k, $v := .NetworkSettings.Networks}}{{$k}}{{end}}' c1
d rm -f c1
