# source: integration/container/pause_test.go TestPauseStopPausedContainer (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name paused busybox top
d pause paused
d inspect -f '{{.State.Status}} {{.State.Paused}}' paused
d stop paused
d inspect -f '{{.State.Status}} {{.State.Paused}} {{.State.ExitCode}}' paused
d start paused
d inspect -f '{{.State.Status}} {{.State.Paused}}' paused
d rm -f paused
