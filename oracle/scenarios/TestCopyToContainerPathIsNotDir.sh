# source: integration/container/copy_test.go TestCopyToContainerPathIsNotDir (moby v20.10.24)
# fixtures: busybox
echo data > $TMP/file
d create --network none --name cpdst busybox
# the docker CLI may also log its own broken-pipe errors (a race): only the daemon's answer is kept
sh_d 'engine cp $TMP/file cpdst:/etc/passwd/ 2>&1 | grep -v level=error; echo "exit ${PIPESTATUS[0]}"'
sh_d 'engine cp $TMP/file cpdst:/etc/passwd/x 2>&1 | grep -v level=error; echo "exit ${PIPESTATUS[0]}"'
