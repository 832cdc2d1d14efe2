# source: integration-cli/docker_cli_create_test.go TestCreateGrowRootfs
# fixtures: busybox
note 'the storage driver here (vfs) has no quotas'
d create --network none --storage-opt size=120G busybox
d run --network none --storage-opt size=5G busybox true
