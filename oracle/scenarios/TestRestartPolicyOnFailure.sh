# source: integration-cli/docker_cli_restart_test.go TestRestartPolicyOnFailure
# fixtures: busybox
d create --network none --restart=on-failure:-1 busybox
for p in on-failure:1 on-failure:0 on-failure; do
  ID=$(q create --network none --restart=$p busybox)
  d inspect --format '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' "$ID"
done
