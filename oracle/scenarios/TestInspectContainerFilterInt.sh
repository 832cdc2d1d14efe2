# source: integration-cli/docker_cli_inspect_test.go TestInspectContainerFilterInt
# fixtures: busybox
sh_d 'echo blahblah | engine run -i -a stdin --network none --name c1 busybox cat'
d wait c1
d inspect --format '{{.State.ExitCode}}' c1
d inspect '--format={{eq .State.ExitCode 0}}' c1
d logs c1
