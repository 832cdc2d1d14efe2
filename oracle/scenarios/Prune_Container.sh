# source: daemon-semantics §6.3, cli-format §6.5 (created containers pruned, label filter, prompt, images untouched)
# fixtures: busybox
d create --name c1 --label k=v busybox
d create --name c2 busybox
d create --name c3 --label k=w busybox
d container prune
sh_d 'echo n | engine container prune'
d container prune -f --filter label=k=v
d ps -a --format '{{.Names}}'
d container prune -f --filter 'label!=k'
d ps -a --format '{{.Names}}'
d container prune -f --filter until=2020-01-01
sh_d 'echo y | engine container prune; echo'
d ps -a
d container prune -f
d container prune -f --filter until=bad
d container prune -f --filter foo=bar
d container prune x
d images
