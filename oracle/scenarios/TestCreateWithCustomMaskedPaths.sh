# source: integration/container/create_test.go TestCreateWithCustomMaskedPaths
# fixtures: busybox
i=0
for hc in '"MaskedPaths":[]' '"NetworkMode":"none"' '"MaskedPaths":["/proc/kcore","/proc/keys"]'; do
  n=create-masked-paths-$i; i=$((i + 1))
  api POST "/containers/create?name=$n" '{"Image":"busybox","Cmd":["true"],"HostConfig":{"NetworkMode":"none",'"$hc"'}}'
  apij GET /containers/$n/json -- 'j["HostConfig"]["MaskedPaths"]'
  api POST /containers/$n/start
  api POST /containers/$n/wait
  apij GET /containers/$n/json -- 'j["HostConfig"]["MaskedPaths"]'
done
