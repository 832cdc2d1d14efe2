# source: integration-cli/docker_cli_cp_to_container_test.go TestCpToCaseD
# fixtures: busybox
CID=$(q run -d --network none -w /root busybox /bin/sh -c "if [ -f dir1/file9 ]; then cat dir1/file9; else cd /root && echo file1 > file1 && echo file2 > file2 && mkdir -p dir1 && echo file1-1 > dir1/file1-1; fi")
d wait "$CID"
sh_d 'echo file9 >file9'
d cp file9 "$CID:/root/dir1"
d start -a "$CID"
d cp file9 "$CID:/root/dir1/"
d start -a "$CID"
