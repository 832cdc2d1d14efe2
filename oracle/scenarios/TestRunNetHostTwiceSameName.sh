# source: integration-cli/docker_cli_run_test.go TestRunNetHostTwiceSameName
# fixtures: busybox
d run --rm --name=thost --net=host busybox true
d run --rm --name=thost --net=host busybox true
d ps -a
