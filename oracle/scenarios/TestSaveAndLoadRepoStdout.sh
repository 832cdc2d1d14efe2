# source: integration-cli/docker_cli_save_load_unix_test.go TestSaveAndLoadRepoStdout
# fixtures: busybox
d run --network none --name test-save-and-load-repo-stdout busybox true
d commit test-save-and-load-repo-stdout foobar-save-load-test
sh_d 'engine save foobar-save-load-test >foobar-save-load-test.tar'
d rmi foobar-save-load-test
sh_d 'engine load <foobar-save-load-test.tar'
d inspect --format '{{.Id}}' foobar-save-load-test
d rmi foobar-save-load-test
note 'save refuses to write to a terminal'
sh_d 'script -qec "$ENGINE_CMD_STR save busybox" /dev/null | tr -d "\r"'
