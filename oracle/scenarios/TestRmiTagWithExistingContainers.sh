# source: integration-cli/docker_cli_rmi_test.go TestRmiTagWithExistingContainers
# fixtures: busybox
d tag busybox:latest busybox:newtag
d run --network none --name test-delete-tag busybox:latest /bin/true
d rmi busybox:newtag
d images
