# source: integration-cli/docker_cli_create_test.go TestCreateWithInvalidLogOpts
# fixtures: busybox
d create --network none --name test-invalidate-log-opts --log-opt invalid=true busybox
d ps -a
