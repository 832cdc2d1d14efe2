# source: integration-cli/docker_api_containers_test.go TestContainersAPICreateMountsCreate
# (without the case of a shared bind mount made on the host)
# fixtures: busybox
ctx=$(mkctx ctx <<'DF'
FROM busybox
RUN mkdir /foo && touch /foo/bar
CMD cat /foo/bar
DF
)
q build -q -t test-mount-config $ctx >/dev/null
mkdir -p $TMP/dir1
for m in '{"Type":"volume","Target":"/foo"}' '{"Type":"volume","Target":"/foo/"}' \
  '{"Type":"volume","Target":"/foo","Source":"test1"}' '{"Type":"volume","Target":"/foo","ReadOnly":true,"Source":"test2"}' \
  '{"Type":"volume","Target":"/foo","Source":"test3","VolumeOptions":{"DriverConfig":{"Name":"local"}}}' \
  '{"Type":"bind","Source":"'$TMP/dir1'","Target":"/foo"}' '{"Type":"bind","Source":"'$TMP/dir1'","Target":"/foo","ReadOnly":true}' \
  '{"Type":"volume","Target":"/foo","VolumeOptions":{"NoCopy":true}}' '{"Type":"volume","Target":"/foo/","VolumeOptions":{"NoCopy":true}}' \
  '{"Type":"volume","Target":"/foo","Source":"test4","VolumeOptions":{"NoCopy":true}}' \
  '{"Type":"volume","Target":"/foo","Source":"test5","ReadOnly":true,"VolumeOptions":{"NoCopy":true}}'; do
  api POST '/containers/create?name=m1' '{"Image":"test-mount-config","HostConfig":{"NetworkMode":"none","Mounts":['"$m"']}}'
  apij GET /containers/m1/json -- '[[p["Type"], p.get("Name"), p["Source"] if p["Type"] == "bind" else "", p["Destination"], p.get("Driver"), p["Mode"], p["RW"], p["Propagation"]] for p in j["Mounts"]]'
  api POST /containers/m1/start
  api POST /containers/m1/wait
  api DELETE '/containers/m1?v=1&force=1'
  dsort volume ls -q
done
