# source: integration/container/resize_test.go TestResizeWithInvalidSize
# fixtures: busybox
d run -d --network none --name c1 busybox top
api POST '/containers/c1/resize?h=foo&w=bar'
