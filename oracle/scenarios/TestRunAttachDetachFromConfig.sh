# source: integration-cli/docker_cli_run_unix_test.go TestRunAttachDetachFromConfig (a terminal from script(1); the keys from config.json's detachKeys)
# fixtures: busybox
mkdir -p $TMP/cfg; echo '{"detachKeys": "ctrl-a,a"}' > $TMP/cfg/config.json
d run --name attach-detach -itd --network none busybox cat
sh_d '{ sleep 3; printf "hello\n"; sleep 1; printf "\001"; sleep 0.3; printf "a"; sleep 2; } | script -E never -qec "$ENGINE_CMD_STR --config $TMP/cfg attach attach-detach" /dev/null | tr -d "\r"; echo "exit ${PIPESTATUS[1]}"'
d inspect -f '{{.State.Running}}' attach-detach
d rm -f attach-detach
