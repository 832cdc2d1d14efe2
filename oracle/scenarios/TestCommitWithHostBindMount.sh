# source: integration-cli/docker_cli_commit_test.go TestCommitWithHostBindMount
# fixtures: busybox
d run --network none --name bind-commit -v /dev/null:/winning busybox true
d commit bind-commit bindtest
d run --network none bindtest true
d inspect --format '{{json .Config.Volumes}} {{json .ContainerConfig.Volumes}}' bindtest
