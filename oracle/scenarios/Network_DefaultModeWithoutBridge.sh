# source: berth (a container given no --network is on Docker's default network: dockerd without a
# bridge (--bridge=none) still names it "bridge", runs it with only lo, and logs no network events)
# fixtures: busybox
sleep 1.1
T0=$(date +%s)
export T0
d create --name c1 busybox true
d inspect -f '{{.HostConfig.NetworkMode}} {{json .NetworkSettings.Networks}}' c1
d ps -a --format '{{.Names}} {{.Networks}}'
d start -a c1
d inspect -f '{{.HostConfig.NetworkMode}} {{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.NetworkID}} {{$v.IPAddress}}{{end}}' c1
d run --rm busybox ip -o addr
d run --rm busybox cat /etc/hosts
d run --name c2 --network bridge busybox true
d inspect -f '{{.HostConfig.NetworkMode}} {{json .NetworkSettings.Networks}}' c2
d ps -a --filter network=bridge --format '{{.Names}} {{.Networks}}'
d ps -a --filter network=default --format '{{.Names}} {{.Networks}}'
sh_d 'engine events --since $T0 --until $(date +%s) --filter type=network --format "{{.Action}} {{.Actor.Attributes.name}}"'
sh_d 'engine events --since $T0 --until $(date +%s) --filter container=c1 --format "{{.Type}} {{.Action}}"'
d network inspect bridge
d network ls --format '{{.Name}} {{.Driver}}'
d run --name c3 -p 8080:80 busybox true
d ps -a --filter name=c3 --format '{{.Names}} [{{.Ports}}] {{.Networks}}'
d inspect -f '{{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}}' c3
d port c3
d run --rm --network bridge -d --name c4 busybox sleep 5
d port c4
d inspect -f '{{.State.Running}} {{json .NetworkSettings.Networks.bridge.IPAddress}}' c4
d rm -f c4
