# source: integration-cli/docker_cli_run_test.go TestRunModeUTSHost
# fixtures: busybox
d run --network none -h=name --uts=host busybox ps
