# source: daemon-semantics §4.5, cli-format §6.15 (image inspect JSON layout, --format, json, type, errors, exit 64)
# fixtures: busybox labeled family
d image inspect busybox
d image inspect --format json labeled
d image inspect --format '{{.Id}} {{json .RepoTags}} {{json .RepoDigests}} {{.Parent}}' child labeled:v1
d image inspect -f '{{json .Config.Labels}} {{.Config.Cmd}} {{.Os}}/{{.Architecture}} {{.Size}} {{.DockerVersion}}' labeled
d image inspect -f '{{.Metadata.LastTagTime}}' busybox
d inspect --type image -f '{{.Id}}' busybox
d inspect -f '{{.Id}}' busybox nosuch child
d inspect nosuch
d inspect --type bogus busybox
d image inspect -f '{{.Nope}}' busybox
d image inspect -f '{{.Id' busybox
d inspect -f '{{.Nope}}' busybox
d image inspect
d image inspect busybox nosuch
