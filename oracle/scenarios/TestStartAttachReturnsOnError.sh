# source: integration-cli/docker_cli_start_test.go TestStartAttachReturnsOnError (the start failure comes from a missing command: there are no links without networks)
# fixtures: busybox
d run --network none --name test busybox
d run --network none --name test2 busybox /nosuch
d start -a test2
d inspect -f '{{.State.Status}} {{.State.ExitCode}}' test2
