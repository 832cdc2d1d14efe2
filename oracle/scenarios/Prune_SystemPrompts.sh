# source: cli-format §6.6 (prompt texts with -a, --volumes, filters; until with --volumes refused; no args)
# fixtures: busybox
d system prune
d system prune -a --volumes
d system prune --filter until=1h --filter label=a=b --filter 'label!=c'
sh_d 'echo y | engine system prune; echo'
d system prune --volumes --filter until=1h -f
d system prune extra
d system prune --bogus
d images
