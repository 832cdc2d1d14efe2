# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToCaseB
# fixtures: busybox
CID=$(q create --network none busybox /bin/sh -c "cat testDir/file1")
sh_d 'echo file1 >file1'
d cp file1 "$CID:testDir/"
