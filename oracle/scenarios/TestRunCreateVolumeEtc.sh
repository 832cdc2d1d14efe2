# source: integration-cli/docker_cli_run_test.go TestRunCreateVolumeEtc
# fixtures: busybox
d run --network none --dns=127.0.0.1 -v /etc busybox cat /etc/resolv.conf
d run --network none -h=test123 -v /etc busybox cat /etc/hostname
d run --network none --add-host=test:192.168.0.1 -v /etc busybox cat /etc/hosts
