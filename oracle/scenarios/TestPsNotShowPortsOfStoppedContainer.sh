# source: integration-cli/docker_cli_ps_test.go TestPsNotShowPortsOfStoppedContainer (--network none: nothing is published)
# fixtures: busybox
d run --network none --name=foo -d -p 6000:5000 busybox top
d ps --format '{{ .Ports }}' --filter name=foo
d kill foo
d wait foo
d ps --format '{{ .Ports }}' --filter name=foo
d ps -a --format '{{ .Names }} {{ .Ports }}|' --filter name=foo
