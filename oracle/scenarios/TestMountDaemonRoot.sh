# source: integration/container/mounts_linux_test.go TestMountDaemonRoot (the daemon root, or a path in it, is bind-mounted only with rslave/rshared propagation; the default becomes rslave)
# fixtures: busybox
sh_d 'root=$(engine info -f "{{.DockerRootDir}}"); for p in "" private rprivate slave rslave shared rshared; do spec=${p:+:$p}; for src in "$root" "$root/containers"; do
  echo "== bind ${src#$root} [$p]"; id=$(engine create -v "$src:/foo$spec" busybox true 2>&1); rc=$?; if [ $rc = 0 ]; then engine inspect -f "{{range .Mounts}}{{.Propagation}}{{end}}" $id; engine rm -f $id >/dev/null; else echo "$id" | sed "s#$root#ROOT#g"; fi
  echo "== mount ${src#$root} [$p]"; id=$(engine create --mount "type=bind,source=$src,target=/foo${p:+,bind-propagation=$p}" busybox true 2>&1); rc=$?; if [ $rc = 0 ]; then engine inspect -f "{{range .Mounts}}{{.Propagation}}{{end}}" $id; engine rm -f $id >/dev/null; else echo "$id" | sed "s#$root#ROOT#g"; fi
done; done'
