# source: integration-cli/docker_cli_save_load_test.go TestSaveAndLoadRepoFlags
# fixtures: busybox
d run --network none --name test-save-and-load-repo-flags busybox true
d rmi foobar-save-load-test
d commit test-save-and-load-repo-flags foobar-save-load-test
F='{{.Id}} {{.RepoTags}} {{.RepoDigests}} {{.Parent}} {{.Comment}} {{.Created}} {{.Container}} {{.Config.Cmd}} {{.Size}} {{.RootFS.Layers}}'
d inspect --format "$F" foobar-save-load-test
sh_d 'engine save foobar-save-load-test | engine load'
d inspect --format "$F" foobar-save-load-test
