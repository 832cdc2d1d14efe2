# source: integration-cli/docker_cli_volume_test.go TestVolumeLsFormatDefaultFormat
# fixtures: none
d volume create aaa
d volume create test
d volume create soo
mkdir -p "$TMP/cfg"
printf '{\n\t"volumesFormat": "{{ .Name }} default"\n}\n' > "$TMP/cfg/config.json"
d --config "$TMP/cfg" volume ls
