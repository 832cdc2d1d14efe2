# source: integration-cli/docker_cli_attach_unix_test.go TestAttachDetach (a terminal from script(1); ctrl-p ctrl-q detaches, the container keeps running)
# fixtures: busybox
ID=$(q run -itd --network none busybox cat)
export ID
sh_d '{ sleep 3; printf "hello\n"; sleep 1; printf "\020"; sleep 0.3; printf "\021"; sleep 2; } | script -E never -qec "$ENGINE_CMD_STR attach $ID" /dev/null | tr -d "\r"; echo "exit ${PIPESTATUS[1]}"'
d inspect -f '{{.State.Running}}' $ID
d rm -f $ID
