# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToCaseF
# fixtures: busybox
CID=$(q run -d --network none -w /root busybox /bin/sh -c "cd /root && echo file1 > file1 && echo file2 > file2 && mkdir -p dir1 && echo file1-1 > dir1/file1-1")
d wait "$CID"
sh_d 'mkdir dir2 && echo file2-1 >dir2/file2-1'
d cp dir2 "$CID:/root/file1"
