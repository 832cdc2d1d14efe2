# source: daemon-semantics §7 (system df counts listed images only, shared size, created containers active=0), cli-format §6.7
# fixtures: none
d system df
fixture family
fixture twolayer
fixture untagged
d system df
d system df -v
d rmi busybox
note 'the untagged parent is an intermediate: not counted'
d system df
d create --name c1 twolayer
d create --name c2 twolayer
d create --name c3 child
d system df
d system df -v
d system df --format '{{.Type}}|{{.TotalCount}}|{{.Active}}|{{.Size}}|{{.Reclaimable}}'
d system df --format '{{json .}}'
d system df --format 'table {{.Type}}\t{{.Size}}'
d system df -v --format '{{json .}}'
d system df extra
d system df --bogus
