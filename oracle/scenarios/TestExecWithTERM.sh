# source: integration-cli/docker_cli_exec_unix_test.go TestExecWithTERM
# fixtures: busybox
d run -id --name c1 busybox /bin/cat
d exec -t c1 sh -c 'if [ -z $TERM ]; then exit 1; else exit 0; fi'
d exec -t c1 sh -c 'echo $TERM'
d rm -f c1
