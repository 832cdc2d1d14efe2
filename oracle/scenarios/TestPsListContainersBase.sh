# source: integration-cli/docker_cli_ps_test.go TestPsListContainersBase
# fixtures: busybox
d run -d --network none --name first busybox top
d run -d --network none --name second busybox top
d run -d --network none --name third busybox true
d run -d --network none --name fourth busybox top
d wait third
d ps -a --format '{{.Names}} {{.Command}} {{.Status}}'
d ps --format '{{.Names}}'
d ps -n=2 -a --format '{{.Names}}'
d ps -n=2 --format '{{.Names}}'
d ps -f since=first -a --format '{{.Names}}'
d ps -f since=first --format '{{.Names}}'
d ps -f since=third --format '{{.Names}}'
d ps -f before=fourth -a --format '{{.Names}}'
d ps -f before=fourth --format '{{.Names}}'
d ps -f before=third --format '{{.Names}}'
d ps -f since=first -f before=fourth -a --format '{{.Names}}'
d ps -f since=first -f before=fourth --format '{{.Names}}'
d ps -f since=first -n=2 -a --format '{{.Names}}'
d ps -f since=first -n=2 --format '{{.Names}}'
d ps -f before=fourth -n=1 -a --format '{{.Names}}'
d ps -f before=fourth -n=1 --format '{{.Names}}'
d ps -f since=first -f before=fourth -n=1 -a --format '{{.Names}}'
d ps -f since=first -f before=fourth -n=1 --format '{{.Names}}'
d ps -a
d ps -n=2 -a
d rm -f first second third fourth
