# source: integration-cli/docker_api_logs_test.go TestLogsAPINoStdoutNorStderr
# fixtures: busybox
d run -d -t --network none --name logs_test busybox /bin/sh
api GET /containers/logs_test/logs
