# source: integration-cli/docker_cli_run_test.go TestRunEntrypoint
# fixtures: busybox
d run --network none --name entrypoint --entrypoint echo busybox -n foobar
d inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Path}} {{json .Args}}' entrypoint
d ps -a --no-trunc --format '{{.Command}}'
