# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToCaseA
# fixtures: busybox
CID=$(q create --network none -w /root busybox /bin/sh -c "cat itWorks.txt")
sh_d 'echo file1 >file1'
d cp file1 "$CID:/root/itWorks.txt"
d start -a "$CID"
