# source: integration-cli/docker_api_logs_test.go TestLogsAPIUntilDefaultValue (moby v20.10.24), through the docker CLI
# fixtures: busybox
d run --network none --name untildefault busybox /bin/sh -c 'for i in $(seq 1 3); do echo log$i; done'
d logs untildefault
d logs --until 0 untildefault
