# source: integration/container/copy_test.go TestCopyFromContainerPathDoesNotExist (moby v20.10.24)
# fixtures: busybox
d create --network none --name cpsrc busybox
d cp cpsrc:/dne $TMP/out
d cp cpsrc:/dne/ $TMP/out
d cp cpsrc:/dne/file -
