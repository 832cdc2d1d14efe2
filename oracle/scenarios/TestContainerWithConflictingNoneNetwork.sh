# source: integration-cli/docker_cli_run_test.go TestContainerWithConflictingNoneNetwork
# fixtures: busybox
# daemon: fresh
d run -d --net=none --name=first busybox top
d network create -d bridge testnetwork1
d network connect testnetwork1 first
d run -d --net=testnetwork1 --name=second busybox top
d network connect none second
d network connect host second
d network disconnect none second
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' first second
d rm -f first second
d network rm testnetwork1
