# source: integration/container/create_test.go TestCreateTmpfsOverrideAnonymousVolume (moby v20.10.24)
# fixtures: busybox
d create --network none --name tmpov -v /foo --tmpfs /foo -v /bar --tmpfs /bar:size=999 busybox /bin/sh -c "mount | grep '/foo' | grep -o tmpfs && mount | grep '/bar' | grep -o 'tmpfs.*size=[0-9]*k'"
d inspect -f '{{len .Mounts}} {{json .HostConfig.Tmpfs}}' tmpov
d start -a tmpov
d inspect -f '{{len .Mounts}} {{.State.ExitCode}}' tmpov
sh_d 'engine volume ls -q | wc -l'
