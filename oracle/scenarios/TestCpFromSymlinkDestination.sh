# source: integration-cli/docker_cli_cp_from_container_test.go TestCpFromSymlinkDestination
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "echo file1 > file1 && echo file2 > file2 && mkdir -p dir1 && echo file1-1 > dir1/file1-1 && echo file1-2 > dir1/file1-2 && mkdir -p dir2 && echo file2-1 > dir2/file2-1 && ln -fs file1 symlinkToFile1 && ln -fs dir1 symlinkToDir1 && ln -fs fileX brokenSymlinkToFileX && ln -fs dirX brokenSymlinkToDirX")
d wait "$CID"
sh_d 'mkdir out && cd out && echo file1 >file1 && echo file2 >file2 && mkdir dir1 dir2 && echo file1-1 >dir1/file1-1 && echo file1-2 >dir1/file1-2 && echo file2-1 >dir2/file2-1 && ln -s file1 symlinkToFile1 && ln -s dir1 symlinkToDir1 && ln -s fileX brokenSymlinkToFileX && ln -s dirX brokenSymlinkToDirX'
note a file onto a symlink to a file: the target is overwritten
d cp "$CID:/file2" out/symlinkToFile1
note a file onto a symlink to a directory: copied into the target directory
d cp "$CID:/file2" out/symlinkToDir1
note a file onto a broken symlink: the target file is created
d cp "$CID:/file2" out/brokenSymlinkToFileX
note a directory onto a symlink to a directory: copied into the target directory
d cp "$CID:/dir2" out/symlinkToDir1
note a directory onto a broken symlink to a directory: the target directory is created
d cp "$CID:/dir2" out/brokenSymlinkToDirX
sh_d 'find out -printf "%p %y %l\n" | sort'
sh_d 'cat out/file1 out/dir1/file2 out/fileX out/dir1/dir2/file2-1 out/dirX/file2-1'
