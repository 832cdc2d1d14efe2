# source: integration/container/links_linux_test.go TestLinksEtcHostsContentMatch (a host-network container sees the host's /etc/hosts)
# fixtures: busybox
d run -d --net host --name c1 busybox top
sh_d 'engine exec c1 cat /etc/hosts > $TMP/hosts; echo "exit $?"; cmp /etc/hosts $TMP/hosts && echo same'
d rm -f c1
