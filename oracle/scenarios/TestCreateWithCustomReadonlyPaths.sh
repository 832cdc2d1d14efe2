# source: integration/container/create_test.go TestCreateWithCustomReadonlyPaths
# fixtures: busybox
i=0
for hc in '"ReadonlyPaths":[]' '"NetworkMode":"none"' '"ReadonlyPaths":["/proc/asound","/proc/bus"]'; do
  n=create-readonly-paths-$i; i=$((i + 1))
  api POST "/containers/create?name=$n" '{"Image":"busybox","Cmd":["true"],"HostConfig":{"NetworkMode":"none",'"$hc"'}}'
  apij GET /containers/$n/json -- 'j["HostConfig"]["ReadonlyPaths"]'
  api POST /containers/$n/start
  api POST /containers/$n/wait
  apij GET /containers/$n/json -- 'j["HostConfig"]["ReadonlyPaths"]'
done
