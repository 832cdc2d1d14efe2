# source: integration-cli/docker_cli_exec_test.go TestExecOnReadonlyContainer
# fixtures: busybox
d run -d --read-only --network none --name parent busybox top
d exec parent true
d exec parent sh -c 'touch /x'
d inspect --format '{{.HostConfig.ReadonlyRootfs}}' parent
d rm -f parent
