# source: integration-cli/docker_cli_run_test.go TestRunDeviceNumbers
# fixtures: busybox
d run --network none busybox sh -c "ls -l /dev/null | awk '{print \$1, \$2, \$3, \$4, \$5, \$6, \$10}'"
