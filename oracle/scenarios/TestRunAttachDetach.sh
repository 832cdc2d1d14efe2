# source: integration-cli/docker_cli_run_unix_test.go TestRunAttachDetach (a terminal from script(1))
# fixtures: busybox
T0=$(date +%s.%N)
d run --name attach-detach -itd --network none busybox cat
sh_d '{ sleep 3; printf "hello\n"; sleep 1; printf "\020"; sleep 0.3; printf "\021"; sleep 2; } | script -E never -qec "$ENGINE_CMD_STR attach attach-detach" /dev/null | tr -d "\r"; echo "exit ${PIPESTATUS[1]}"'
d inspect -f '{{.State.Running}}' attach-detach
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" -f container=attach-detach'
d rm -f attach-detach
