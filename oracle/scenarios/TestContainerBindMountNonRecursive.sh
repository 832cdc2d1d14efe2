# source: integration/container/mounts_linux_test.go TestContainerBindMountNonRecursive
# fixtures: busybox
sh_d 'mkdir -p $TMP/tmpdir1/mnt $TMP/tmpdir2 && echo "should not be visible when NonRecursive" > $TMP/tmpdir2/file && mount --bind -o ro $TMP/tmpdir2 $TMP/tmpdir1/mnt && echo mounted'
d run --name implicit --mount type=bind,source=$TMP/tmpdir1,target=/foo,readonly busybox test -f /foo/mnt/file
d run --name recursive --mount type=bind,source=$TMP/tmpdir1,target=/foo,readonly,bind-nonrecursive=false busybox test -f /foo/mnt/file
d run --name nonrecursive --mount type=bind,source=$TMP/tmpdir1,target=/foo,readonly,bind-nonrecursive=true busybox test ! -f /foo/mnt/file
d run --rm --mount type=bind,source=$TMP/tmpdir1,target=/foo,readonly,bind-nonrecursive busybox ls /foo/mnt
sh_d 'engine inspect -f "{{json .HostConfig.Mounts}}" nonrecursive | sed "s#$TMP#TMP#g"'
sh_d 'engine inspect -f "{{json .Mounts}}" nonrecursive | sed "s#$TMP#TMP#g"'
d rm -f implicit recursive nonrecursive
sh_d 'umount $TMP/tmpdir1/mnt && echo unmounted'
