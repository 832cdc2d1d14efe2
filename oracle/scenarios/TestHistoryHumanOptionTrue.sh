# source: integration-cli/docker_cli_history_test.go TestHistoryHumanOptionTrue
# fixtures: busybox twolayer
d history --human=true busybox
d history --human=true twolayer
