# source: integration-cli/docker_cli_commit_test.go TestCommitPausedContainer
# fixtures: busybox
d run -i -d --network none --name paused busybox
d pause paused
d commit paused
d inspect --format '{{.State.Paused}} {{.State.Status}}' paused
d unpause paused
