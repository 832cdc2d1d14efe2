# source: integration/container/remove_test.go TestRemoveContainerWithRemovedVolume (moby v20.10.24)
# fixtures: busybox
mkdir -p $TMP/bindsrc
d run --network none --name rmvol -v $TMP/bindsrc:/test busybox true
rm -rf $TMP/bindsrc
d rm -v rmvol
d inspect --type container rmvol
