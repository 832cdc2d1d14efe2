# source: integration-cli/docker_cli_restart_test.go TestRestartPolicyAfterRestart (after a restart the policy still restarts a killed process)
# fixtures: busybox
d run -d --name c1 --restart=always busybox top
d restart c1
d inspect -f '{{.State.Status}} {{.RestartCount}}' c1
sh_d 'kill -9 $(engine inspect -f "{{.State.Pid}}" c1); for i in $(seq 1 60); do [ "$(engine inspect -f "{{.RestartCount}} {{.State.Status}}" c1)" = "1 running" ] && break; sleep 0.5; done; engine inspect -f "{{.RestartCount}} {{.State.Status}}" c1'
d rm -f c1
