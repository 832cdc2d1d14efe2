# source: integration-cli/docker_cli_restart_test.go TestRestartContainerwithRestartPolicy
# fixtures: busybox
ID1=$(q run -d --network none --restart=on-failure:3 busybox false)
ID2=$(q run -d --network none --restart=always busybox false)
sh_d 'for i in $(seq 1 150); do [ "$(engine inspect --format "{{.State.Restarting}} {{.State.Running}}" '"$ID1"')" = "false false" ] && break; sleep 0.2; done; engine inspect --format "{{.State.Restarting}} {{.State.Running}} {{.RestartCount}}" '"$ID1"
d restart "$ID1"
d restart "$ID2"
d stop "$ID1"
d stop "$ID2"
d start "$ID1"
d start "$ID2"
d kill "$ID1"
d kill "$ID2"
sh_d 'for id in '"$ID1 $ID2"'; do for i in $(seq 1 150); do [ "$(engine inspect --format "{{.State.Restarting}} {{.State.Running}}" $id)" = "false false" ] && break; sleep 0.2; done; engine inspect --format "{{.State.Restarting}} {{.State.Running}}" $id; done'
