# source: integration-cli/docker_api_exec_resize_test.go TestExecResizeAPIHeightWidthNoInt
# fixtures: busybox
id=$(q run -d --network none busybox top)
api POST "/exec/$id/resize?h=foo&w=bar"
