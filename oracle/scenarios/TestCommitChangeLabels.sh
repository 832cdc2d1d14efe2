# source: integration-cli/docker_cli_commit_test.go TestCommitChangeLabels
# fixtures: busybox
d run --network none --name test --label some=label busybox true
d commit --change 'LABEL some=label2' test test-commit
d inspect --format '{{.Config.Labels}}' test-commit
d inspect --format '{{.Config.Labels}}' test
