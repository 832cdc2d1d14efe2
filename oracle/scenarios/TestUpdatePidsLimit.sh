# source: integration/container/update_linux_test.go TestUpdatePidsLimit (pids limit updated from none, unchanged, lower, unset with 0, -1, -2: inspect and pids.max; the old-API case is left out)
# fixtures: busybox
pids() { # NAME INITIAL UPDATE
  note "$1"
  if [ -n "$2" ]; then d run -d --name "$1" --pids-limit "$2" busybox top; else d run -d --name "$1" busybox top; fi
  if [ -n "$3" ]; then d update --pids-limit "$3" "$1"; else d update "$1"; fi
  d inspect -f '{{.HostConfig.PidsLimit}}' "$1"
  d exec "$1" cat /sys/fs/cgroup/pids/pids.max
  d rm -f "$1"
}
pids update-from-none "" 32
pids no-change 32 ""
d run -d --name no-change-cpu --pids-limit 32 busybox top
d update --cpu-shares 512 no-change-cpu
d inspect -f "{{.HostConfig.PidsLimit}}" no-change-cpu
d exec no-change-cpu cat /sys/fs/cgroup/pids/pids.max
d rm -f no-change-cpu
pids update-lower 32 16
pids unset-zero 32 0
pids unset-minus-one 32 -1
pids unset-minus-two 32 -2
