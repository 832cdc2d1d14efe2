# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToCaseG
# fixtures: busybox
CID=$(q run -d --network none -w /root busybox /bin/sh -c "echo file1 > file1 && echo file2 > file2 && mkdir -p dir1 && echo file1-1 > dir1/file1-1 && echo file1-2 > dir1/file1-2 && mkdir -p dir2 && echo file2-1 > dir2/file2-1 && ln -fs file1 symlinkToFile1 && ln -fs dir1 symlinkToDir1 && ln -fs fileX brokenSymlinkToFileX && ln -fs dirX brokenSymlinkToDirX && if [ -f dir2/dir1/file1-1 ]; then cat dir2/dir1/file1-1; fi")
d wait "$CID"
sh_d 'echo file1 >file1 && echo file2 >file2 && mkdir dir1 dir2 && echo file1-1 >dir1/file1-1 && echo file1-2 >dir1/file1-2 && echo file2-1 >dir2/file2-1 && ln -s file1 symlinkToFile1 && ln -s dir1 symlinkToDir1 && ln -s fileX brokenSymlinkToFileX && ln -s dirX brokenSymlinkToDirX'
d start -a "$CID"
d cp dir1 "$CID:/root/dir2"
d start -a "$CID"
note again with a trailing separator, into a fresh container
CID=$(q run -d --network none busybox /bin/sh -c "mkdir -p /dir2 && if [ -f /dir2/dir1/file1-1 ]; then cat /dir2/dir1/file1-1; fi")
d wait "$CID"
d start -a "$CID"
d cp dir1 "$CID:/dir2/"
d start -a "$CID"
