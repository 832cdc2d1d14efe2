# source: integration-cli/docker_cli_cp_to_container_unix_test.go TestCpCheckDestOwnership
# fixtures: busybox
sh_d 'mkdir $TMP/tmpvol $TMP/src && echo file1 > $TMP/src/file1 && chown 1:1 $TMP/src/file1'
d run -d --name c1 -v $TMP/tmpvol:/tmpvol busybox true
d wait c1
d cp $TMP/src/file1 c1:/tmpvol/file1
sh_d 'stat -c "%u %g %a %s" $TMP/tmpvol/file1'
d cp -a $TMP/src/file1 c1:/tmpvol/file2
sh_d 'stat -c "%u %g %a %s" $TMP/tmpvol/file2'
d rm -f c1
