# source: integration-cli/docker_cli_run_test.go TestRunWriteSpecialFilesAndNotCommit
# fixtures: busybox
d run --network none --name writehosts busybox sh -c 'echo test2267 >> /etc/hosts && tail -n 1 /etc/hosts'
d diff writehosts
d run --network none --name writehostname busybox sh -c 'echo test2267 >> /etc/hostname && tail -n 1 /etc/hostname'
d diff writehostname
d run --network none --name writeresolv busybox sh -c 'echo test2267 >> /etc/resolv.conf && tail -n 1 /etc/resolv.conf'
d diff writeresolv
