# source: integration-cli/docker_cli_rm_test.go TestRmInvalidContainer (moby v17.12)
# fixtures: none
d rm unknown
d rm -f unknown
d rm unknown1 unknown2
