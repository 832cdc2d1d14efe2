# source: integration-cli/docker_cli_volume_test.go TestVolumeCLILsFilterLabels
# fixtures: none
d volume create --label foo=bar1 testvolcreatelabel-1
d volume create --label foo=bar2 testvolcreatelabel-2
d volume ls --filter label=foo
d volume ls --filter label=foo=bar1
d volume ls --filter label=non-exist
d volume ls --filter label=foo=non-exist
