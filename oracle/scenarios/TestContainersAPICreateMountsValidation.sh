# source: integration-cli/docker_api_containers_test.go TestContainersAPICreateMountsValidation
# fixtures: busybox
mkdir -p $TMP/dir
for m in '{"Type":"notreal","Target":"/foo"}' '{"Type":"bind"}' '{"Type":"bind","Target":"/foo"}' \
  '{"Type":"bind","Source":"/notexist","Target":"/foo"}' '{"Type":"volume"}' \
  '{"Type":"volume","Source":"hello","Target":"/foo"}' \
  '{"Type":"volume","Source":"hello2","Target":"/foo","VolumeOptions":{"DriverConfig":{"Name":"local"}}}' \
  '{"Type":"bind","Source":"'$TMP/dir'","Target":"/foo"}' \
  '{"Type":"bind","Source":"'$TMP/dir'","Target":"/foo","VolumeOptions":{}}' \
  '{"Type":"volume","Source":"missing-device-opt","Target":"/foo","VolumeOptions":{"DriverConfig":{"Name":"local","Options":{"foobar":"foobaz"}}}}' \
  '{"Type":"volume","Source":"missing-device-opt","Target":"/foo","VolumeOptions":{"DriverConfig":{"Name":"local","Options":{"type":"tmpfs"}}}}' \
  '{"Type":"volume","Source":"missing-type-opt","Target":"/foo","VolumeOptions":{"DriverConfig":{"Name":"local","Options":{"device":"tmpfs"}}}}' \
  '{"Type":"volume","Source":"hello4","Target":"/foo","VolumeOptions":{"DriverConfig":{"Name":"local","Options":{"o":"size=1","type":"tmpfs","device":"tmpfs"}}}}' \
  '{"Type":"tmpfs","Target":"/foo"}' \
  '{"Type":"tmpfs","Target":"/foo","TmpfsOptions":{"SizeBytes":4194304,"Mode":448}}' \
  '{"Type":"tmpfs","Source":"/shouldnotbespecified","Target":"/foo"}'; do
  api POST /containers/create '{"Image":"busybox","HostConfig":{"NetworkMode":"none","Mounts":['"$m"']}}'
done
dsort volume ls
