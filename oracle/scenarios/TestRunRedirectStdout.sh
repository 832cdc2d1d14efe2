# source: integration-cli/docker_cli_run_unix_test.go TestRunRedirectStdout
# fixtures: busybox
note the test runs under a pseudo-terminal; here stdin is empty and stdout a pipe
sh_d 'engine run --network none -i busybox cat /etc/passwd | grep -c root'
sh_d 'engine run --network none busybox cat /etc/passwd | grep -c root'
