# source: integration-cli/docker_cli_restart_test.go TestRestartStoppedContainer
# fixtures: busybox
d run --network none --name=test busybox echo foobar
d logs test
d restart test
d wait test
d logs test
d inspect --format '{{.State.Running}} {{.RestartCount}}' test
