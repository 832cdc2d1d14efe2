# source: integration-cli/docker_cli_run_test.go TestRunEchoNamedContainer
# fixtures: busybox
d run --network none --name testfoonamedcontainer busybox echo test
d ps -a --format '{{.Names}} {{.Command}} {{.Status}}'
