# source: integration-cli/docker_cli_commit_test.go TestCommitTTY
# fixtures: busybox
d run -t --network none --name tty busybox /bin/ls
d commit tty ttytest
d run --network none ttytest /bin/ls
