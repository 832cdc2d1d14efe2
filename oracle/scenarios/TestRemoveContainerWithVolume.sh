# source: integration/container/remove_test.go TestRemoveContainerWithVolume (moby v20.10.24)
# fixtures: busybox
d run --network none --name withvol -v /srv busybox true
d inspect -f '{{len .Mounts}} {{(index .Mounts 0).Type}} {{(index .Mounts 0).Destination}}' withvol
sh_d 'engine volume ls -q | wc -l'
d rm -v withvol
sh_d 'engine volume ls -q | wc -l'
