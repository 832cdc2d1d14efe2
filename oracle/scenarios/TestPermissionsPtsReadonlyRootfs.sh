# source: integration-cli/docker_cli_run_test.go TestPermissionsPtsReadonlyRootfs
# fixtures: busybox
d run --network none --read-only --rm busybox sh -c 'mount | grep devpts | cut -d, -f1'
