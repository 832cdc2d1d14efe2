# source: integration-cli/docker_cli_run_test.go TestRunSlowStdoutConsumer (a reader slower than the container still gets every byte)
# fixtures: busybox
sh_d 'engine run --rm busybox /bin/sh -c "dd if=/dev/zero of=/dev/stdout bs=1024 count=2000 2>/dev/null | cat -v" | { sleep 2; wc -c; }'
d ps -a
