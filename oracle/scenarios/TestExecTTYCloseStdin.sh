# source: integration-cli/docker_cli_exec_test.go TestExecTTYCloseStdin
# fixtures: busybox
d run -d -it --network none --name exec_tty_stdin busybox
sh_d 'printf test | engine exec -i exec_tty_stdin cat'
sh_d 'engine top exec_tty_stdin | wc -l'
d rm -f exec_tty_stdin
