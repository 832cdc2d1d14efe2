# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToSymlinkDestination
# fixtures: busybox
sh_d 'mkdir vol && cd vol && echo file1 >file1 && echo file2 >file2 && mkdir dir1 dir2 && echo file1-1 >dir1/file1-1 && echo file1-2 >dir1/file1-2 && echo file2-1 >dir2/file2-1 && ln -s file1 symlinkToFile1 && ln -s dir1 symlinkToDir1 && ln -s fileX brokenSymlinkToFileX && ln -s dirX brokenSymlinkToDirX'
CID=$(q run -d --network none -v /vol1 -v "$TMP/vol:/vol2" busybox /bin/sh -c "#(nop)")
d wait "$CID"
note a file onto a symlink to a file: the target is overwritten
d cp vol/file2 "$CID:/vol2/symlinkToFile1"
note a file onto a symlink to a directory: copied into the target directory
d cp vol/file2 "$CID:/vol2/symlinkToDir1"
note a file onto a broken symlink: the target file is created
d cp vol/file2 "$CID:/vol2/brokenSymlinkToFileX"
note a directory onto a symlink to a directory: copied into the target directory
d cp vol/dir2 "$CID:/vol2/symlinkToDir1"
note a directory onto a broken symlink to a directory: the target directory is created
d cp vol/dir2 "$CID:/vol2/brokenSymlinkToDirX"
sh_d 'find vol -printf "%p %y %l\n" | sort'
sh_d 'cat vol/file1 vol/dir1/file2 vol/fileX vol/dir1/dir2/file2-1 vol/dirX/file2-1'
