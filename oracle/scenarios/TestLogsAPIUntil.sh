# source: integration-cli/docker_api_logs_test.go TestLogsAPIUntil (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run -d --network none --name until busybox /bin/sh -c 'for i in $(seq 1 3); do echo log$i; sleep 1; done'
d wait until
sh_d 'second=$(engine logs -t until | sed -n 2p | cut -d" " -f1); engine logs --until "$second" until'
