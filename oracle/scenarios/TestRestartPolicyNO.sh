# source: integration-cli/docker_cli_restart_test.go TestRestartPolicyNO
# fixtures: busybox
ID=$(q create --network none --restart=no busybox)
d inspect --format '{{.HostConfig.RestartPolicy.Name}}' "$ID"
