# source: integration-cli/docker_cli_exec_unix_test.go TestExecTTY (terminal from script(1))
# fixtures: busybox
d run -d --name=test busybox sh -c "echo hello > /foo && top"
sh_d '{ sleep 2; printf "cat /foo && exit\n"; sleep 2; } | script -E never -qec "$ENGINE_CMD_STR exec -it test sh" /dev/null | tr -d "\r" | grep -c "^hello"; echo "exit ${PIPESTATUS[1]}"'
d rm -f test
