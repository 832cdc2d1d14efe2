# source: integration-cli/docker_cli_run_test.go TestRunPrivilegedCanMount
# fixtures: busybox
d run --network none --privileged busybox sh -c 'mount -t tmpfs none /tmp && echo ok'
