# source: integration-cli/docker_cli_restart_test.go TestRestartPolicyOnFailure
# fixtures: busybox
d create --network none --restart=on-failure:-1 busybox
d create --network none --name c1 --restart=on-failure:1 busybox
d inspect --format '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' c1
d create --network none --name c2 --restart=on-failure:0 busybox
d inspect --format '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' c2
d create --network none --name c3 --restart=on-failure busybox
d inspect --format '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' c3
d ps -a --format '{{.Names}}'
