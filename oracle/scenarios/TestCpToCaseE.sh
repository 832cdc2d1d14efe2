# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToCaseE
# fixtures: busybox
CID=$(q create --network none busybox /bin/sh -c "cat /testDir/file2-1 /testDir/file2-2")
sh_d 'mkdir dir2 && echo file2-1 >dir2/file2-1 && echo file2-2 >dir2/file2-2'
d cp dir2 "$CID:/testDir"
d start -a "$CID"
