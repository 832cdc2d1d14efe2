# source: integration-cli/docker_cli_volume_test.go TestVolumeCliInspectWithVolumeOpts
# fixtures: none
d volume create -d local test1
d volume inspect '--format={{ .Options }}' test1
d volume create -d local test2 --opt type=tmpfs --opt device=tmpfs --opt o=size=1m,uid=1000
d volume inspect '--format={{ .Options }}' test2
d volume inspect '--format={{ json .Options }}' test2
