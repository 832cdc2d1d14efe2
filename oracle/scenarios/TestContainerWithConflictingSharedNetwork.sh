# source: integration-cli/docker_cli_run_test.go TestContainerWithConflictingSharedNetwork
# fixtures: busybox
# daemon: fresh
d run -d --name=first --net=none busybox top
d run -d --net=container:first --name=second busybox top
d network create -d bridge testnetwork1
d network connect testnetwork1 second
d inspect -f '{{json .NetworkSettings.Networks}}' second
d stop -t 0 second
d network connect testnetwork1 second
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' second
d rm -f second first
d network rm testnetwork1
