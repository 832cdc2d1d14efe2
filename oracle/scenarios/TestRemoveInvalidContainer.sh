# source: integration/container/remove_test.go TestRemoveInvalidContainer (moby v20.10.24)
# fixtures: busybox
d rm unknown
d rm -f unknown
d rm -v unknown
