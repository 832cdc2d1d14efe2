# source: daemon/daemon_unix.go registerLinks, daemon/rename.go, daemon/delete.go (links of created containers)
# fixtures: busybox
d create --name zzz busybox top
d create --name self --link self busybox top
d create --name p1 --link zzz:x --link zzz busybox top
d ps -a --no-trunc --format '{{.Names}}'
d inspect --format '{{.Name}}' p1/x /p1/zzz
d inspect --format '{{.Name}}' p1/y
d create --name p2 --network none --link zzz busybox top
d create --name p3 --network host --link zzz busybox top
d create --name p4 --network container:zzz --link zzz busybox top
d create --name hostc --network host busybox top
d create --name p5 --link hostc busybox top
d create --name joined --network container:zzz busybox top
d create --name p6 --link joined:j busybox top
d create --name p7 --link zzz:a --link p1:a --link zzz:/b --link /zzz:/p7/c busybox top
d create --name p8 --link zzz: busybox top
d create --name p9 --link zzz:a/b busybox top
dsort inspect --format '{{$n := .Name}}{{range .HostConfig.Links}}{{println $n .}}{{end}}' p1 p2 p6 p7 p8 p9
d ps -a --no-trunc --format '{{.Names}}'
d rename zzz zz2
d rename p1 p1new
dsort inspect --format '{{range .HostConfig.Links}}{{println .}}{{end}}' p1new
d ps -a --no-trunc --format '{{.Names}}'
d rm p1new
d rm zz2
dsort inspect --format '{{$n := .Name}}{{range .HostConfig.Links}}{{println $n .}}{{end}}' p2 p6 p7
d ps -a --no-trunc --format '{{.Names}}'
d start p2
d inspect --format '{{.State.Status}}' p2
d start p6
d inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' p6
d rm -f p2
