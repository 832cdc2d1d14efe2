# source: berth (dockerd without a bridge marks a container started on the default network
# NetworkDisabled in its Config, kept across starts and carried by commit)
# fixtures: busybox
d create --name c1 busybox sh -c 'echo hi > /f'
d inspect -f '{{.Config.NetworkDisabled}}' c1
d start -a c1
d inspect -f '{{.Config.NetworkDisabled}}' c1
d commit c1 committed:1
d image inspect -f '{{json .Config}}' committed:1
d image inspect -f '{{.ContainerConfig.NetworkDisabled}} {{.Config.NetworkDisabled}}' committed:1
d run --name c2 --network none busybox true
d inspect -f '{{.Config.NetworkDisabled}}' c2
d run --name c3 --network host busybox true
d inspect -f '{{.Config.NetworkDisabled}}' c3
d run --name c4 --network bridge busybox true
d inspect -f '{{.Config.NetworkDisabled}}' c4
d run --name c5 committed:1 cat /f
d inspect -f '{{.Config.NetworkDisabled}}' c5
d stats --no-stream --format '{{.Name}} {{.NetIO}}' c1
