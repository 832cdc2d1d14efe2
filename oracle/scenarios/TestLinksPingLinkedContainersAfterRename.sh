# source: integration-cli/docker_cli_links_test.go TestLinksPingLinkedContainersAfterRename (no bridge: env and names instead of ping)
# fixtures: busybox
d run -d --name container1 busybox top
d run -d --name container2 busybox top
d rename container1 container_new
d run --rm --name pinger --link container_new:alias1 --link container2:alias2 busybox sh -c 'env | grep _NAME= | sort'
d run --rm --link container1:alias1 busybox true
d kill container_new container2
