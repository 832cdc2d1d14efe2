# source: integration-cli/docker_cli_volume_test.go TestVolumeCLIRmForceUsage
# fixtures: none
ID=$(q volume create)
d volume rm -f "$ID"
d volume rm --force nonexist
