# source: integration-cli/docker_cli_exec_unix_test.go TestExecInteractiveStdinClose (terminal from script(1))
# fixtures: busybox
d run -itd --name c1 busybox /bin/cat
sh_d 'script -E never -qec "$ENGINE_CMD_STR exec -i c1 echo -n hello" /dev/null < /dev/null | tr -d "\r"; echo; echo "exit ${PIPESTATUS[0]}"'
d rm -f c1
