# source: integration-cli/docker_cli_save_load_test.go TestSaveXzAndLoadRepoStdout
# fixtures: busybox
d run --network none --name test-save-xz-and-load-repo-stdout busybox true
d commit test-save-xz-and-load-repo-stdout foobar-save-load-test-xz-gz
d inspect --format '{{.RepoTags}} {{.Parent}}' foobar-save-load-test-xz-gz
sh_d 'engine save foobar-save-load-test-xz-gz | xz -c | gzip -c >repo.tar.xz.gz'
d rmi foobar-save-load-test-xz-gz
sh_d 'engine load <repo.tar.xz.gz'
d inspect foobar-save-load-test-xz-gz
