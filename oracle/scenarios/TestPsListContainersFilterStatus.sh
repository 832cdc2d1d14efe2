# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterStatus
# fixtures: busybox
d run -d --network none --name first busybox
d wait first
d run -itd --network none --name second busybox
d ps --no-trunc --format '{{.Names}}' --filter=status=exited
d ps -a --format '{{.Names}}' --filter=status=running
d ps -a -q --filter=status=rubbish
d run -itd --network none --name paused busybox
d pause paused
d ps --format '{{.Names}} {{.Status}}' --filter=status=paused
d ps -a --format '{{.Names}}' --filter=status=created
d unpause paused
d rm -f second paused
