# source: integration-cli/docker_cli_top_test.go TestTopMultipleArgs
# fixtures: busybox
d run -d --network none --name c1 busybox top
sh_d 'engine top c1 -o pid | head -n 1'
sh_d 'engine top c1 -o pid,comm | sed "s/^[0-9]* */PID /"'
d top c1 -o nosuchfield
d top nosuch
d rm -f c1
