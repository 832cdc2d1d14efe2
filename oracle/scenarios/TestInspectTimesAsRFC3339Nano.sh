# source: integration-cli/docker_cli_inspect_test.go TestInspectTimesAsRFC3339Nano
# fixtures: busybox
d run -d --network none --name c1 busybox true
d wait c1
sh_d 'engine inspect --format "{{.State.StartedAt}} {{.State.FinishedAt}} {{.Created}}" c1 | grep -cE "^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\.[0-9]+Z ?){3}$"'
d inspect --format '{{.Created}}' busybox
