# source: integration-cli/docker_cli_cp_from_container_test.go TestCpFromCaseH
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "echo file1 > file1 && echo file2 > file2 && mkdir -p dir1 && echo file1-1 > dir1/file1-1 && echo file1-2 > dir1/file1-2 && mkdir -p dir2 && echo file2-1 > dir2/file2-1 && ln -fs file1 symlinkToFile1 && ln -fs dir1 symlinkToDir1 && ln -fs fileX brokenSymlinkToFileX && ln -fs dirX brokenSymlinkToDirX")
d wait "$CID"
d cp "$CID:dir1/." testDir
sh_d 'find testDir | sort && cat testDir/file1-1'
sh_d 'rm -r testDir'
note again with a trailing separator
d cp "$CID:dir1/." testDir/
sh_d 'find testDir | sort && cat testDir/file1-1'
