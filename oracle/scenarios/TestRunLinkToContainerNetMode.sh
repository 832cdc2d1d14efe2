# source: integration-cli/docker_cli_run_test.go TestRunLinkToContainerNetMode
# fixtures: busybox
d run --name test -d busybox top
d run --name parent -d --net=container:test busybox top
d run --name l1 -d --link=parent:parent busybox top
d run --name child -d --net=container:parent busybox top
d run --name l2 -d --link=child:child busybox top
d inspect --format '{{.Name}} {{json .HostConfig.Links}}' l1 l2
d exec l2 sh -c 'env | grep ^CHILD_NAME'
d ps --no-trunc --format '{{.Names}}'
d rm -f l1 l2 child parent test
