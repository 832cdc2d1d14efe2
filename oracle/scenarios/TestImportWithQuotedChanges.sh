# source: integration-cli/docker_cli_import_test.go TestImportWithQuotedChanges
# fixtures: busybox
d run --network none --name test-import busybox true
sh_d 'engine export test-import >exportImportTest'
d import -c 'ENTRYPOINT ["/bin/sh", "-c"]' exportImportTest
IMG=$(q images -q --no-trunc -f dangling=true)
d inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' "$IMG"
d run --rm --network none "$IMG" true
