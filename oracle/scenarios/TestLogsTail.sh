# source: integration-cli/docker_cli_logs_test.go TestLogsTail
# fixtures: busybox
d run -d --network none --name c1 busybox sh -c 'for i in $(seq 1 100); do echo =$i; done;'
d wait c1
d logs --tail 0 c1
d logs --tail 5 c1
sh_d 'engine logs --tail 99 c1 | wc -l'
sh_d 'engine logs --tail all c1 | wc -l'
sh_d 'engine logs --tail -1 c1 | wc -l'
sh_d 'engine logs --tail random c1 | wc -l'
d logs --tail 2 c1
d logs -n 1 c1
