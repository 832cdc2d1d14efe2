# source: integration-cli/docker_cli_create_test.go TestCreateShrinkRootfs (on overlay2 without xfs quotas --storage-opt size is refused)
# fixtures: busybox
d create --storage-opt size=5G busybox
d ps -a
