# source: daemon-semantics §6.1 steps 2-4, §6.2 (filter validation texts), cli-format §1.4
# fixtures: busybox
d image prune -f --filter foo=bar
d image prune -f --filter reference=busybox
d image prune -f --filter until=xyz
d image prune -f --filter until=1h --filter until=2h
d image prune -f --filter until=2020-13-01
d image prune -f --filter dangling=xyz
d image prune -f --filter dangling=false
d image prune -f --filter foo
d image prune extra
d image prune --bogus
d images
