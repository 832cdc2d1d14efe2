# source: integration-cli/docker_cli_import_test.go TestImportFileWithMessage
# fixtures: busybox
d run --network none --name test-import busybox true
sh_d 'engine export test-import >exportImportTest'
d import -m 'Testing commit message' exportImportTest
IMG=$(q images -q --no-trunc -f dangling=true)
d history "$IMG"
d run --rm --network none "$IMG" true
