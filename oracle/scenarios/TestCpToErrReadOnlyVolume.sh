# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToErrReadOnlyVolume
# fixtures: busybox
sh_d 'mkdir vol_ro && echo file1 >file1 && echo file2 >file2 && mkdir dir1 dir2 && echo file1-1 >dir1/file1-1 && echo file1-2 >dir1/file1-2 && echo file2-1 >dir2/file2-1 && ln -s file1 symlinkToFile1 && ln -s dir1 symlinkToDir1 && ln -s fileX brokenSymlinkToFileX && ln -s dirX brokenSymlinkToDirX'
CID=$(q run -d --network none -v /vol1 -v "$TMP/vol_ro:/vol_ro:ro" -w /root busybox /bin/sh -c "if [ -f /vol_ro/shouldNotExist ]; then cat /vol_ro/shouldNotExist; fi")
d wait "$CID"
d cp file1 "$CID:/vol_ro/shouldNotExist"
d start -a "$CID"
sh_d 'find vol_ro | sort'
