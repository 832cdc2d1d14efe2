# source: network prune and its filters (own scenario)
# fixtures: none
d network create n1
d network create --label keep n2
d network prune -f --filter until=1h
d network prune -f --filter until=2000-01-01T00:00:00Z
d network prune -f --filter foo=bar
d network prune -f --filter label=keep
d network prune -f --filter until=2999-01-01T00:00:00Z --filter label!=keep
sh_d 'echo n | engine network prune'
d network ls --format '{{.Name}}'
d network prune -f
d network prune -f
d network ls --format '{{.Name}}'
