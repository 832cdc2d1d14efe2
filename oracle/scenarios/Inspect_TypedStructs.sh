# source: docker CLI inspect: templates see the typed Go structs (a struct prints as {v1 v2}, a time as Go's Time.String, json of a time is RFC 3339)
# fixtures: busybox
d inspect --format '{{.RootFS}}|{{.Metadata}}|{{.GraphDriver}}|{{json .GraphDriver}}|{{json .RootFS}}|{{json .Metadata}}' busybox
d create --network none --name ctr-one --restart on-failure:3 busybox
d inspect --format '{{.State}}|{{.HostConfig.RestartPolicy}}|{{.HostConfig.LogConfig}}|{{.GraphDriver}}|{{.Mounts}}|{{.Config.Healthcheck}}|{{.State.Health}}' ctr-one
d inspect --format '{{json .State}}|{{json .HostConfig.RestartPolicy}}|{{json .HostConfig.LogConfig}}' ctr-one
d start ctr-one
d wait ctr-one
d inspect --format '{{.State.Status}} {{.State.Running}} {{.State.ExitCode}} {{.State.Error}} {{.RestartCount}}' ctr-one
d network inspect --format '{{.Name}} {{.Driver}} {{.IPAM}} {{.Containers}}' none
