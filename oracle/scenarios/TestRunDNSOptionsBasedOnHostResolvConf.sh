# source: integration-cli/docker_cli_run_test.go TestRunDNSOptionsBasedOnHostResolvConf (without rewriting the host's file: --dns keeps the host's search domains, --dns-search keeps its nameservers)
# fixtures: busybox
sh_d 'engine run --rm --dns=127.0.0.1 busybox cat /etc/resolv.conf > $TMP/a; grep "^nameserver" $TMP/a; [ "$(grep "^search" $TMP/a)" = "$(grep "^search" /etc/resolv.conf)" ] && echo same search'
sh_d 'engine run --rm --dns-search=mydomain busybox cat /etc/resolv.conf > $TMP/b; grep "^search" $TMP/b; [ "$(grep "^nameserver" $TMP/b)" = "$(grep "^nameserver" /etc/resolv.conf | grep -v -E "nameserver (127\.|::1)")" ] && echo same nameservers'
