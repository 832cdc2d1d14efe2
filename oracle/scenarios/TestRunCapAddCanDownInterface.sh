# source: integration-cli/docker_cli_run_test.go TestRunCapAddCanDownInterface
# fixtures: busybox
note without a bridge the container has no eth0: its loopback interface is used
d run --network none --cap-add=NET_ADMIN busybox sh -c 'ip link set lo down && echo ok'
d run --network none busybox sh -c 'ip link set lo down && echo ok'
