# source: integration-cli/docker_cli_exec_test.go TestExecTTYWithoutStdin
# fixtures: busybox
d run -d -ti --network none --name c1 busybox
sh_d 'engine exec -ti c1 true < /dev/null'
d rm -f c1
