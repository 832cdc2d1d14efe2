# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToErrReadOnlyRootfs
# fixtures: busybox
sh_d 'echo file1 >file1 && echo file2 >file2 && mkdir dir1 dir2 && echo file1-1 >dir1/file1-1 && echo file1-2 >dir1/file1-2 && echo file2-1 >dir2/file2-1 && ln -s file1 symlinkToFile1 && ln -s dir1 symlinkToDir1 && ln -s fileX brokenSymlinkToFileX && ln -s dirX brokenSymlinkToDirX'
CID=$(q run -d --network none --read-only -w /root busybox /bin/sh -c "if [ -f shouldNotExist ]; then cat shouldNotExist; fi")
d wait "$CID"
d cp file1 "$CID:/root/shouldNotExist"
d start -a "$CID"
