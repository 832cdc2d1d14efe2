# source: docker CLI inspect (cli/command/inspect): --format runs on the typed value first and, on any error, again on the raw JSON (maps with sorted keys, a missing key an error)
# fixtures: busybox labeled
d inspect --format '{{.Id}} {{json .RootFS}} {{.Size}} {{.Metadata}}' busybox
d inspect --format '{{.ID}} {{json .RootFS}} {{.Size}}' busybox
d inspect --format '{{.Config.Labels.nope}}|{{.Config.Labels.version}}' labeled
d inspect --format '{{.Id}} {{.Config.Labels.nope}}' labeled
d inspect --format '{{json .Config}}' busybox labeled
d image inspect --format '{{.Id}} {{json .Config}}' labeled
d inspect --format '{{.Nope}}' busybox
d network inspect --format '{{.Name}} {{.Scope}} {{.Nope}}' none
d volume create vol-one
d volume inspect --format '{{.Name}} {{.Driver}} {{.Nope}}' vol-one
d create --network none --name ctr-one -l a=b busybox
d inspect --format '{{.Id}} {{json .State}}' ctr-one
d inspect --format '{{.Name}} {{.State.Running}} {{.Config.Labels.a}} {{.Config.Labels.zz}}' ctr-one
d container inspect --format '{{.Id}} {{.Config.Labels.zz}}' ctr-one
