# source: integration-cli/docker_cli_save_load_test.go TestSaveXzGzAndLoadRepoStdout
# fixtures: busybox
d run --network none --name test-save-xz-gz-and-load-repo-stdout busybox true
d commit test-save-xz-gz-and-load-repo-stdout foobar-save-load-test-xz-gz
d inspect --format '{{.RepoTags}}' foobar-save-load-test-xz-gz
sh_d 'engine save foobar-save-load-test-xz-gz | xz -c | gzip -c >repo.tar.xz.gz'
d rmi foobar-save-load-test-xz-gz
sh_d 'engine load <repo.tar.xz.gz'
d inspect foobar-save-load-test-xz-gz
note 'one compression level is fine: xz alone, gzip alone'
sh_d 'xz -c <"$FIX/busybox.tar" >busybox.tar.xz && gzip -c <"$FIX/busybox.tar" >busybox.tar.gz'
d rmi busybox
sh_d 'engine load <busybox.tar.xz'
d rmi busybox
d load -i busybox.tar.gz
d images
