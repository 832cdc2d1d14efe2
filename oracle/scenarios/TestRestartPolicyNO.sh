# source: integration-cli/docker_cli_restart_test.go TestRestartPolicyNO
# fixtures: busybox
d create --network none --name c1 --restart=no busybox
d inspect --format '{{.HostConfig.RestartPolicy.Name}}' c1
