# source: integration-cli/docker_cli_inspect_test.go TestInspectStopWhenNotFound
# fixtures: busybox
d run --name=busybox1 -d --network none busybox top
d run --name=busybox2 -d --network none busybox top
d inspect --type=container "--format='{{.Name}}'" busybox1 busybox2 missing
d inspect --type=container "--format='{{.Name}}'" missing busybox1 busybox2
d rm -f busybox1 busybox2
