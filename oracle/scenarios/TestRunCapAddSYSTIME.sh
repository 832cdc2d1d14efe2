# source: integration-cli/docker_cli_run_test.go TestRunCapAddSYSTIME
# fixtures: busybox
d run --network none --cap-drop=ALL --cap-add=SYS_TIME busybox sh -c "grep ^CapEff /proc/self/status | sed 's/^CapEff:\t//' | grep ^0000000002000000$"
