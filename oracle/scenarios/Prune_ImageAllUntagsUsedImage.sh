# source: daemon-semantics §6.1 quirk (prune -a removes all but the last reference of an image used by a container)
# fixtures: labeled
d tag labeled:v1 zz/labeled:3
d create --name user labeled:latest
d image prune -a -f
d images -a
d ps -a --format '{{.Names}} {{.Image}}'
