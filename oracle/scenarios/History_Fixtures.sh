# source: cli-format §6.16 (history table, <missing> rows, --no-trunc, -q, -H=false, --format, errors)
# fixtures: busybox twolayer family
d history busybox
d history twolayer
d history child
d history --no-trunc twolayer
d history -q child
d history -q --no-trunc child
d history -H=false twolayer
d history --format '{{.ID}}|{{.CreatedAt}}|{{.CreatedSince}}|{{.Size}}|{{.Comment}}|{{.CreatedBy}}' twolayer
d history --format json busybox
d history --format 'table {{.ID}}\t{{.Size}}' child
d image history "${FIX_CHILD_ID:7:6}"
d history nosuch
d history
d history busybox twolayer
d history --bogus busybox
