# source: integration/container/resize_test.go TestResize
# fixtures: busybox
d run -d --network none --name c1 busybox top
api POST '/containers/c1/resize?h=40&w=40'
