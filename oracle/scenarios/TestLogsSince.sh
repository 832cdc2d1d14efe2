# source: integration-cli/docker_cli_logs_test.go TestLogsSince
# fixtures: busybox
d run --network none --name=testlogssince busybox /bin/sh -c 'for i in $(seq 1 3); do sleep 2; echo log$i; done'
sh_d 'engine logs -t testlogssince | cut -d" " -f2-'
sh_d 'T=$(engine logs -t testlogssince | sed -n 2p | cut -d" " -f1); S=$(( $(date -d "$T" +%s) + 1 )); engine logs --since=$S testlogssince'
d logs -t --since=2006-01-02T15:04:0Z testlogssince
sh_d 'engine logs -t testlogssince | cut -d" " -f2-'
sh_d 'engine logs -t --since=0 testlogssince | cut -d" " -f2-'
d logs --since=4102444800 testlogssince
d logs --until=0 testlogssince
d logs --since=1000000000 testlogssince
