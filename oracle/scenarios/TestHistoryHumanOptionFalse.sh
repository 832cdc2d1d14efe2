# source: integration-cli/docker_cli_history_test.go TestHistoryHumanOptionFalse
# fixtures: busybox twolayer
d history --human=false busybox
d history --human=false twolayer
