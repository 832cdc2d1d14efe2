# source: integration-cli/docker_cli_exec_test.go TestExecWithUser
# fixtures: busybox
d run -d --network none --name parent busybox top
d exec -u 1 parent id
d exec -u root parent id
d exec -u daemon parent id
d exec -u 1:2 parent id
d exec -u nosuchuser parent id
d rm -f parent
