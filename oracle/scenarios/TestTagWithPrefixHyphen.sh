# source: integration-cli/docker_cli_tag_test.go TestTagWithPrefixHyphen (moved to integration/image/tag_test.go before 20.10)
# fixtures: busybox
d tag busybox:latest -busybox:test
d tag busybox:latest -test/busybox:test
d tag busybox:latest -index:5000/busybox:test
d images
