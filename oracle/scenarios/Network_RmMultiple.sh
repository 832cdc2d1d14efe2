# source: network rm of several networks, missing and predefined ones (own scenario)
# fixtures: none
d network create r1
d network create r2
d network rm r1 missing r2 host
d network rm r1
d network rm -f r1
d network ls --format '{{.Name}}'
d network rm
