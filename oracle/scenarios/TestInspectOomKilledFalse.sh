# source: integration/container/kill_test.go TestInspectOomKilledFalse (moby v20.10.24)
# fixtures: busybox
d run --network none --name hello busybox sh -c 'echo hello world'
d inspect -f '{{.State.Status}} {{.State.OOMKilled}} {{.State.ExitCode}}' hello
