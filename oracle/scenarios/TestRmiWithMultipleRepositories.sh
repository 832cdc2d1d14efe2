# source: integration-cli/docker_cli_rmi_test.go TestRmiWithMultipleRepositories
# fixtures: busybox
d tag busybox 127.0.0.1:5000/busybox
d run --network none --name test busybox touch /abcd
d commit test busybox:test
d rmi busybox:test
d images
