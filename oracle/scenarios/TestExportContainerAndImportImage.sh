# source: integration/container/export_test.go TestExportContainerAndImportImage (moby v20.10.24)
# fixtures: busybox
d run --network none --name exported busybox true
sh_d 'engine export exported | engine import - repo/testexportcontainerandimportimage:v1 > $TMP/imported.id; echo $?'
d images --format '{{.Repository}}:{{.Tag}}' --filter reference=repo/testexportcontainerandimportimage:v1
sh_d 'test "$(cat $TMP/imported.id)" = "$(engine images -q --no-trunc repo/testexportcontainerandimportimage:v1)" && echo same-id'
d run --rm --network none repo/testexportcontainerandimportimage:v1 cat /etc/hostname
