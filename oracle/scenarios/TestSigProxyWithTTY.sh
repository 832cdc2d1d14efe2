# source: docker/cli v28.2.2 e2e/container/proxy_signal_test.go TestSigProxyWithTTY
# fixtures: busybox
cp "$HERE/sigrun.py" "$TMP/sigrun.py"  # oracle/sigrun.py: run a command, signal it once a condition holds
note 'the CLI on a pseudo-terminal gets SIGTERM once the container runs'
sh_d 'python3 sigrun.py pty SIGTERM "engine inspect -f {{.State.Status}} TestSigProxyWithTTY | grep -qx running" 0 $ENGINE_CMD_STR run -i -t --init --network none --name TestSigProxyWithTTY busybox sleep 30'
d inspect -f '{{.State.Status}} {{.State.ExitCode}}' TestSigProxyWithTTY
d rm -f TestSigProxyWithTTY
