# source: integration-cli/docker_cli_run_test.go TestRunFullHostnameSet
# fixtures: busybox
d run --rm --network none -h foo.bar.baz busybox hostname
d run --rm --network none -h foo.bar.baz busybox cat /etc/hostname
