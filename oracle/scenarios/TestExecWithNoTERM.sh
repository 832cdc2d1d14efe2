# source: integration-cli/docker_cli_exec_unix_test.go TestExecWithNoTERM
# fixtures: busybox
d run -itd --name c1 busybox /bin/cat
d exec c1 sh -c 'if [ -z $TERM ]; then exit 0; else exit 1; fi'
d exec c1 sh -c 'echo ${TERM:-unset}'
d rm -f c1
