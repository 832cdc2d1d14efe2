# source: integration-cli/docker_cli_run_test.go TestRunNetHostNotAllowedWithLinks
# fixtures: busybox
d run --name linked busybox true
d run --net=host --link linked:linked busybox true
d ps -a --format '{{.Names}}'
