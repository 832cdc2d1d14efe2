# source: integration/container/mounts_linux_test.go TestContainerVolumesMountedAsSlave
# fixtures: busybox
sh_d 'mkdir -p $TMP/src/mnt1 $TMP/src2 && echo Test > $TMP/src2/slave-testfile && mount --bind --make-private $TMP/src $TMP/src && mount --make-shared $TMP/src && echo shared'
d run -d -t --name c1 --mount type=bind,source=$TMP/src,target=/volume-dest,bind-propagation=slave busybox top
sh_d 'mount --bind $TMP/src2 $TMP/src/mnt1 && echo mounted'
d exec c1 cat /volume-dest/mnt1/slave-testfile
d rm -f c1
sh_d 'umount $TMP/src/mnt1; umount $TMP/src && echo unmounted'
