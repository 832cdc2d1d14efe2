# source: integration-cli/docker_cli_import_test.go TestImportDisplay
# fixtures: busybox
d run -d --network none --name exported busybox true
d wait exported
sh_d 'engine export exported | engine import - | wc -l'
IMG=$(q images -q --no-trunc -f dangling=true)
d run --rm --network none "$IMG" true
