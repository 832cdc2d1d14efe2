# source: integration-cli/docker_cli_restart_test.go TestRestartPolicyAlways
# fixtures: busybox
d create --network none --name c1 --restart=always busybox
d inspect --format '{{.HostConfig.RestartPolicy.Name}}' c1
d inspect --format '{{.HostConfig.RestartPolicy.MaximumRetryCount}}' c1
