# source: integration-cli/docker_cli_run_test.go TestRunWriteToProcAsound
# fixtures: busybox
d run --network none busybox sh -c 'echo 111 >> /proc/asound/version'
