# source: integration-cli/docker_cli_run_unix_test.go TestRunWithMemoryReservationInvalid
# fixtures: busybox
d run --network none -m 500M --memory-reservation 800M busybox true
d run --network none --memory-reservation 1k busybox true
