# source: integration-cli/docker_cli_cp_from_container_test.go TestCpFromCaseC
# fixtures: busybox
CID=$(q run -d --network none -w /root busybox /bin/sh -c "echo file1 > file1 && echo file2 > file2 && mkdir -p dir1 && echo file1-1 > dir1/file1-1 && echo file1-2 > dir1/file1-2 && mkdir -p dir2 && echo file2-1 > dir2/file2-1 && ln -fs file1 symlinkToFile1 && ln -fs dir1 symlinkToDir1 && ln -fs fileX brokenSymlinkToFileX && ln -fs dirX brokenSymlinkToDirX")
d wait "$CID"
sh_d 'echo file1 >file1 && echo file2 >file2 && mkdir dir1 dir2 && echo file1-1 >dir1/file1-1 && echo file1-2 >dir1/file1-2 && echo file2-1 >dir2/file2-1 && ln -s file1 symlinkToFile1 && ln -s dir1 symlinkToDir1 && ln -s fileX brokenSymlinkToFileX && ln -s dirX brokenSymlinkToDirX'
sh_d 'cat file2'
d cp "$CID:/root/file1" file2
sh_d 'cat file2'
