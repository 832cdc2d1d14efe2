# source: integration-cli/docker_cli_run_test.go TestRunLeakyFileDescriptors
# fixtures: busybox
d run busybox ls -C /proc/self/fd
d run --rm -i busybox ls -C /proc/self/fd </dev/null
d run -d --name fds busybox sleep 30
d exec fds ls -C /proc/self/fd
d exec fds sh -c 'ls -C /proc/1/fd'
d rm -f fds
