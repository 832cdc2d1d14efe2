# source: integration/container/diff_test.go TestDiff (moby v20.10.24)
# fixtures: busybox
d run --network none --name differ busybox sh -c 'mkdir /foo; echo xyzzy > /foo/bar'
d diff differ
d container diff differ
