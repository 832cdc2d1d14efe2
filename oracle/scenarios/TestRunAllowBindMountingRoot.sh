# source: integration-cli/docker_cli_run_test.go TestRunAllowBindMountingRoot
# fixtures: busybox
d run --network none -v /:/host busybox sh -c 'test -d /host/proc && test -d /host/etc && echo ok'
