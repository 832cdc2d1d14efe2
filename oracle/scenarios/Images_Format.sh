# source: cli-format §2, §6.1 (--format placeholders, table, json, raw-ish, template errors, -q warning)
# fixtures: busybox untagged labeled
d images --format '{{.ID}}'
d images --format '{{.ID}}' --no-trunc
d images --format '{{.Repository}}\t{{.Tag}}'
d images --format 'table {{.Repository}}\t{{.Tag}}\t{{.Size}}'
d images --format 'table {{.ID}}'
d images --format 'table'
d images --format json
d images --format '{{json .}}' labeled:v1
d images --format '{{.Size}} {{.VirtualSize}} {{.SharedSize}} {{.UniqueSize}} {{.Containers}}' busybox
d images --format '{{.CreatedAt}}' busybox
d images --format '{{.CreatedSince}}' busybox
d images --format '{{.Digest}}' busybox
d images --format '{{.Bogus}}'
d images --format '{{.ID'
d images -q --format '{{.Repository}}'
d images --format '{{join (split .Tag "") "-"}} {{lower "ABC"}} {{title .Repository}} {{truncate .ID 4}} {{pad .Tag 1 1}}|' labeled
