# source: docker/cli v28.2.2 e2e/container/run_test.go TestProcessTermination
# fixtures: busybox
cp "$HERE/sigrun.py" "$TMP/sigrun.py"  # oracle/sigrun.py: run a command, signal it once a condition holds
note 'the container sets its trap before the line the CLI is signalled after'
export SCRIPT='trap "echo got signal; exit 0" TERM; echo starting trap; while true; do sleep 1; done'
note "SCRIPT: $SCRIPT"
sh_d 'python3 sigrun.py pipe SIGTERM "text:starting trap" 1 $ENGINE_CMD_STR run --rm -i --network none busybox sh -c "$SCRIPT"'
