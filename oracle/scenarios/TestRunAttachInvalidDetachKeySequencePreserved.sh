# source: integration-cli/docker_cli_run_unix_test.go TestRunAttachInvalidDetachKeySequencePreserved (a terminal from script(1); a, b, a is not the sequence a,b,c: the keys go through; then a, b, c detaches)
# fixtures: busybox
d run --name attach-detach -itd --network none busybox cat
sh_d '{ sleep 3; printf a; sleep 0.3; printf b; sleep 0.3; printf a; sleep 0.3; printf "\n"; sleep 1; printf a; sleep 0.3; printf b; sleep 0.3; printf c; sleep 2; } | script -E never -qec "$ENGINE_CMD_STR attach --detach-keys=a,b,c attach-detach" /dev/null | tr -d "\r"; echo "exit ${PIPESTATUS[1]}"'
d inspect -f '{{.State.Running}}' attach-detach
d rm -f attach-detach
