# source: integration-cli/docker_cli_run_test.go TestRunDNSDefaultOptions (without rewriting the host's file: the container's nameservers are the host's without the localhost ones, or 8.8.8.8 and 8.8.4.4 when none is left; the host's comment lines are kept)
# fixtures: busybox
sh_d 'engine run --rm --network none busybox cat /etc/resolv.conf > $TMP/a; grep "^nameserver" /etc/resolv.conf | grep -v -E "^nameserver (127\.|::1)" > $TMP/exp || printf "nameserver 8.8.8.8\nnameserver 8.8.4.4\n" > $TMP/exp; grep "^nameserver" $TMP/a | diff $TMP/exp - && echo nameservers as expected'
sh_d 'engine run --rm --network none busybox cat /etc/resolv.conf > $TMP/b; [ "$(grep "^#" $TMP/b)" = "$(grep "^#" /etc/resolv.conf)" ] && echo same comment lines'
