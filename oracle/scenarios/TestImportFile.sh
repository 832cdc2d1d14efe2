# source: integration-cli/docker_cli_import_test.go TestImportFile
# fixtures: busybox
d run --network none --name test-import busybox true
sh_d 'engine export test-import >exportImportTest'
d import exportImportTest
IMG=$(q images -q --no-trunc -f dangling=true)
d run --rm --network none "$IMG" true
