# source: integration/container/mounts_linux_test.go TestContainerNetworkMountsNoChown (bind-mounted network files keep their host owner)
# fixtures: busybox
sh_d 'mkdir -m 0755 $TMP/nw && echo "network file bind mount" > $TMP/nw/nwfile && chmod 0644 $TMP/nw/nwfile && chown 1234:4321 $TMP/nw/nwfile'
d run --name c1 --mount type=bind,source=$TMP/nw/nwfile,target=/etc/resolv.conf --mount type=bind,source=$TMP/nw/nwfile,target=/etc/hostname --mount type=bind,source=$TMP/nw/nwfile,target=/etc/hosts busybox sh -c 'cat /etc/resolv.conf /etc/hostname /etc/hosts; stat -c "%u %g %a" /etc/hosts'
sh_d 'stat -c "%u %g %a" $TMP/nw/nwfile'
d rm -f c1
