# source: integration-cli/docker_cli_run_test.go TestContainerWithConflictingHostNetworks
# fixtures: busybox
# daemon: fresh
d run -d --net=host --name=first busybox top
d network create -d bridge testnetwork1
d network connect testnetwork1 first
d network disconnect host first
d network disconnect testnetwork1 first
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' first
d rm -f first
d network rm testnetwork1
