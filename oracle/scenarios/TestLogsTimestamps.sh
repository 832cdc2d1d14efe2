# source: integration-cli/docker_cli_logs_test.go TestLogsTimestamps
# fixtures: busybox
d run -d --network none --name c1 busybox sh -c 'for i in $(seq 1 100); do echo = >> a.a; done; cat a.a'
d wait c1
sh_d 'engine logs -t c1 | wc -l'
sh_d 'engine logs -t c1 | grep -cE "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}Z =$"'
sh_d 'engine logs -t c1 | cut -c 30- | sort | uniq -c'
