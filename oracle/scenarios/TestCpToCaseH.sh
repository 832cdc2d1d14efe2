# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToCaseH
# fixtures: busybox
sh_d 'echo file1 >file1 && echo file2 >file2 && mkdir dir1 dir2 && echo file1-1 >dir1/file1-1 && echo file1-2 >dir1/file1-2 && echo file2-1 >dir2/file2-1 && ln -s file1 symlinkToFile1 && ln -s dir1 symlinkToDir1 && ln -s fileX brokenSymlinkToFileX && ln -s dirX brokenSymlinkToDirX'
CID=$(q run -d --network none busybox /bin/sh -c "if [ -f /testDir/file1-1 ]; then cat /testDir/file1-1; fi")
d wait "$CID"
d cp dir1/. "$CID:testDir"
d start -a "$CID"
note again with a trailing separator, into a fresh container
CID=$(q run -d --network none busybox /bin/sh -c "if [ -f /testDir/file1-1 ]; then cat /testDir/file1-1; fi")
d wait "$CID"
d cp dir1/. "$CID:testDir/"
d start -a "$CID"
