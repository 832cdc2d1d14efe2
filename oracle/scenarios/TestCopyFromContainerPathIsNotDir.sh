# source: integration/container/copy_test.go TestCopyFromContainerPathIsNotDir (moby v20.10.24)
# fixtures: busybox
d create --network none --name cpsrc busybox
sh_d 'engine cp cpsrc:/etc/passwd/ $TMP/out 2>&1 | sed "s#lstat /.*/etc/passwd#lstat ROOTFS/etc/passwd#"; echo "exit ${PIPESTATUS[0]}"'
sh_d 'engine cp cpsrc:/etc/passwd/. $TMP/out 2>&1 | sed "s#lstat /.*/etc/passwd#lstat ROOTFS/etc/passwd#"; echo "exit ${PIPESTATUS[0]}"'
sh_d 'engine cp cpsrc:/etc/passwd/x $TMP/out 2>&1 | sed "s#lstat /.*/etc/passwd#lstat ROOTFS/etc/passwd#"; echo "exit ${PIPESTATUS[0]}"'
