# source: integration-cli/docker_cli_restart_test.go TestRestartPolicyAlways
# fixtures: busybox
ID=$(q create --network none --restart=always busybox)
d inspect --format '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' "$ID"
