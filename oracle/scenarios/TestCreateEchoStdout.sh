# source: integration-cli/docker_cli_create_test.go TestCreateEchoStdout
# fixtures: busybox
d create --network none --name c1 busybox echo test123
d start -ai c1
