# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToCaseC
# fixtures: busybox
CID=$(q run -d --network none -w /root busybox /bin/sh -c "cd /root && echo file1 > file1 && echo file2 > file2 && mkdir -p dir1 && echo file1-1 > dir1/file1-1; cat file2")
d wait "$CID"
sh_d 'echo file1 >file1'
d cp file1 "$CID:/root/file2"
d start -a "$CID"
