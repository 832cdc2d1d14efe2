# source: integration-cli/docker_cli_images_test.go TestImagesFormatDefaultFormat
# fixtures: busybox
d run -d --network none --name c1 busybox true
d wait c1
d commit c1 myimage
mkdir -p "$TMP/cfg"
printf '{\n\t\t"imagesFormat": "{{ .ID }} default"\n}' >"$TMP/cfg/config.json"
d --config "$TMP/cfg" images -q myimage
d --config "$TMP/cfg" images myimage
d --config "$TMP/cfg" images --format '{{.Repository}}' myimage
