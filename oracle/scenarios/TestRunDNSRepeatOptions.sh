# source: integration-cli/docker_cli_run_test.go TestRunDNSRepeatOptions
# fixtures: busybox
d run --network none --dns=1.1.1.1 --dns=2.2.2.2 --dns-search=mydomain --dns-search=mydomain2 --dns-opt=ndots:9 --dns-opt=timeout:3 busybox cat /etc/resolv.conf
