# source: integration-cli/docker_cli_run_unix_test.go TestUserNoEffectiveCapabilitiesNetRaw (busybox ping on the loopback instead of the syscall-test image; times left out)
# fixtures: busybox
sh_d 'engine run busybox ping -c 1 127.0.0.1 2>&1 | grep -E "packets|ping:"; echo "exit ${PIPESTATUS[0]}"'
sh_d 'engine run --user 1000:1000 busybox ping -c 1 127.0.0.1 2>&1 | grep -E "packets|ping:"; echo "exit ${PIPESTATUS[0]}"'
sh_d 'engine run --cap-drop net_raw busybox ping -c 1 127.0.0.1 2>&1 | grep -E "packets|ping:"; echo "exit ${PIPESTATUS[0]}"'
