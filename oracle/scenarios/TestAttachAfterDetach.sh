# source: integration-cli/docker_cli_attach_unix_test.go TestAttachAfterDetach (terminals from script(1))
# fixtures: busybox
sh_d '{ sleep 4; printf "\020"; sleep 0.3; printf "\021"; sleep 2; } | script -E never -qec "$ENGINE_CMD_STR run -ti --network none --name detachtest busybox" /dev/null > $TMP/run; echo "run exit $?"'
d inspect -f '{{.State.Running}}' detachtest
sh_d '{ sleep 3; printf "\n"; sleep 1; printf "\020"; sleep 0.3; printf "\021"; sleep 2; } | script -E never -qec "$ENGINE_CMD_STR attach detachtest" /dev/null | tr -d "\r"; echo "exit ${PIPESTATUS[1]}"'
d rm -f detachtest
