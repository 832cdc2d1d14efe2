# source: volume create/ls/inspect of the local driver (docker volume --help; daemon 20.10 volume store)
# fixtures: none
MASK='s#"Mountpoint": ".*/volumes/#"Mountpoint": "<ROOT>/volumes/#; s#^/.*/volumes/#<ROOT>/volumes/#; s#"Mountpoint":"[^"]*/volumes/#"Mountpoint":"<ROOT>/volumes/#g; s#|/[^|]*/volumes/#|<ROOT>/volumes/#g'
d volume create v1
d volume create --label tier=db v2
d volume create v1
d volume create --label other=x v2
d volume create -d local v3
d volume create --name v4
d volume ls
d volume ls -q
d volume ls --format '{{.Name}}|{{.Driver}}|{{.Scope}}|{{.Labels}}|{{.Label "tier"}}|{{.Links}}|{{.Size}}|{{.Availability}}'
sh_d "engine volume ls --format '{{.Name}}|{{.Mountpoint}}' | sed '$MASK'"
sh_d "engine volume ls --format json | sed '$MASK'"
d volume ls --format raw
d volume ls -q --format raw
d volume ls -q --format '{{.Driver}}'
d volume ls --format 'table {{.Name}}\t{{.Links}}\t{{.Size}}\t{{.Labels}}\t{{.Scope}}'
d volume list -q
sh_d "engine volume inspect v1 v2 | sed '$MASK'"
d volume inspect -f '{{.Name}} {{.Driver}} {{.Scope}} {{.Labels}} {{.Options}} {{json .Labels}} {{json .Options}}' v1 v2
sh_d "engine volume inspect --format json v2 | sed '$MASK'"
sh_d "engine inspect v3 | sed '$MASK'"
d inspect --type volume -f '{{.Name}}' v3
d inspect --type volume nope
d volume inspect nope
d volume inspect v1 nope -f '{{.Name}}'
d volume create 'bad name'
d volume create a
d volume create -- -x
d volume create 'q"uote'
d volume create -d bogus vb
d volume create -o foo=bar vf
d volume create -o type=tmpfs vt
d volume create v5 extra
d volume create --name v6 v7
d volume ls extra
d volume inspect
d volume create v10
d volume create v9
d volume create V8
d volume create 1a
d volume create a_b
d volume create a.b
d volume create a-b
d volume create v010
d volume ls -q
