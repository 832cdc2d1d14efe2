# source: integration-cli/docker_cli_create_test.go TestCreateArgs
# fixtures: busybox
d create --network none --name c1 --entrypoint= busybox command arg1 arg2 'arg with space' -c flags
d inspect --format '{{json .Path}} {{json .Args}} {{json .Config.Entrypoint}} {{json .Config.Cmd}}' c1
d ps -a --no-trunc --format '{{.Command}}'
