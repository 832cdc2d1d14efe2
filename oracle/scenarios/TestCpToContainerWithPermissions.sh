# source: integration-cli/docker_cli_cp_to_container_unix_test.go TestCpToContainerWithPermissions
# fixtures: busybox
sh_d 'mkdir -m 0700 $TMP/permdirtest && echo perm_test > $TMP/permdirtest/permtest && chmod 0400 $TMP/permdirtest/permtest && chown 65534:65534 $TMP/permdirtest/permtest && chown 2:2 $TMP/permdirtest'
d create --name permtest busybox /bin/sh -c "stat -c '%u %g %a' /permdirtest /permdirtest/permtest"
d cp -a $TMP/permdirtest permtest:/
d start -a permtest
d rm -f permtest
