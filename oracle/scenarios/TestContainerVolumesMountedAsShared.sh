# source: integration/container/mounts_linux_test.go TestContainerVolumesMountedAsShared
# fixtures: busybox
sh_d 'mkdir -p $TMP/src/mnt1 && mount --bind --make-private $TMP/src $TMP/src && mount --make-shared $TMP/src && echo shared'
d run --name c1 --privileged --mount type=bind,source=$TMP/src,target=/volume-dest,bind-propagation=shared busybox mount --bind /volume-dest/mnt1 /volume-dest/mnt1
sh_d 'grep -c " $TMP/src/mnt1 " /proc/self/mountinfo'
sh_d 'umount $TMP/src/mnt1; umount $TMP/src && echo unmounted'
d rm -f c1
