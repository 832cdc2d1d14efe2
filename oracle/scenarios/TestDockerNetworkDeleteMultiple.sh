# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkDeleteMultiple
# fixtures: busybox
# daemon: fresh
d network create testDelMulti0
d network create testDelMulti1
d network create testDelMulti2
d run -d --name c2 --net testDelMulti2 busybox top
d network rm testDelMulti0 testDelMulti1 testDelMulti2
d network ls --format '{{.Name}}'
d rm -f c2
d network rm testDelMulti2
