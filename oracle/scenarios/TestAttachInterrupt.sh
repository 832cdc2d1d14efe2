# source: docker/cli v28.2.2 e2e/container/attach_test.go TestAttachInterrupt
# fixtures: busybox
cp "$HERE/sigrun.py" "$TMP/sigrun.py"  # oracle/sigrun.py: run a command, signal it once a condition holds
note 'the container writes a line every 0.1s (not in upstream): the CLI is signalled once one reaches it'
d run -d --network none --name c1 busybox sh -c 'trap "exit 33" INT; for i in $(seq 100); do sleep 0.1; echo tick; done; exit 34'
sh_d 'python3 sigrun.py pty SIGINT text:tick 0 $ENGINE_CMD_STR attach c1'
d wait c1
