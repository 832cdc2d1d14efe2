# source: integration-cli/docker_cli_run_test.go TestRunHostnameFQDN
# fixtures: busybox
d run --network none --hostname=foobar.example.com busybox sh -c 'cat /etc/hostname && hostname && hostname -s && hostname -d && hostname -f'
d run --network none --hostname=foobar.example.com busybox sh -c 'cat /etc/hosts'
