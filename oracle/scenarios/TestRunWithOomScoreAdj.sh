# source: integration-cli/docker_cli_run_unix_test.go TestRunWithOomScoreAdj
# fixtures: busybox
d run --rm --network none --oom-score-adj 642 busybox cat /proc/self/oom_score_adj
d run --network none --name c1 --oom-score-adj 642 busybox true
d inspect --format '{{.HostConfig.OomScoreAdj}}' c1
