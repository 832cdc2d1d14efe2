# source: integration/container/resize_test.go TestResizeWhenContainerNotStarted
# fixtures: busybox
d run --network none --name c1 busybox echo
api POST '/containers/c1/resize?h=40&w=40'
