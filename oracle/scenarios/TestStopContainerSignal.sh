# source: integration-cli/docker_cli_run_unix_test.go TestStopContainerSignal
# fixtures: busybox
ID=$(q run --network none --stop-signal SIGUSR1 -d busybox /bin/sh -c "trap 'echo \"exit trapped\"; exit 0' USR1; while true; do sleep 1; done")
sleep 1
d stop "$ID"
d logs "$ID"
d inspect --format '{{.State.ExitCode}}' "$ID"
