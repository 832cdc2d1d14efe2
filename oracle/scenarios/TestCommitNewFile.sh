# source: integration-cli/docker_cli_commit_test.go TestCommitNewFile
# fixtures: busybox
d run --network none --name committer busybox /bin/sh -c 'echo koye > /foo'
d commit committer
IMG=$(q images -q --no-trunc -f dangling=true)
d run --network none "$IMG" cat /foo
d images
