# source: integration-cli/docker_cli_run_test.go TestRunWithOomScoreAdjInvalidRange
# fixtures: busybox
d run --network none --oom-score-adj 1001 busybox true
d run --network none --oom-score-adj -1001 busybox true
d ps -a
