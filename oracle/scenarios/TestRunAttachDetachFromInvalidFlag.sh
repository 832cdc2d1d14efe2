# source: integration-cli/docker_cli_run_unix_test.go TestRunAttachDetachFromInvalidFlag (a terminal from script(1))
# fixtures: busybox
d run --name attach-detach -itd --network none busybox cat
sh_d 'script -E never -qec "$ENGINE_CMD_STR attach --detach-keys=ctrl-A,a attach-detach" /dev/null < /dev/null | tr -d "\r"; echo "exit ${PIPESTATUS[0]}"'
d inspect -f '{{.State.Running}}' attach-detach
d rm -f attach-detach
