# source: integration-cli/docker_cli_commit_test.go TestCommitWithoutPause
# fixtures: busybox
d run -i -a stdin --network none --name done busybox echo foo
d wait done
d commit -p=false done
IMG=$(q images -q --no-trunc -f dangling=true)
d inspect --format '{{.Id}} {{.Parent}} {{.Config.Cmd}}' "$IMG"
