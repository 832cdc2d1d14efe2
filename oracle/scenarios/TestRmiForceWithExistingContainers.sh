# source: integration-cli/docker_cli_rmi_test.go TestRmiForceWithExistingContainers
# fixtures: busybox
sh_d 'printf "FROM busybox\nMAINTAINER foo" | engine build -q --no-cache -t busybox-clone -'
d run --network none --name test-force-rmi busybox-clone /bin/true
d rmi -f busybox-clone
d images -a
d ps -a --format '{{.Names}} {{.Image}}'
