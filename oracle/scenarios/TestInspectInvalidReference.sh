# source: docker/cli v28.2.2 e2e/system/inspect_test.go TestInspectInvalidReference
# fixtures: busybox
d inspect FooBar
