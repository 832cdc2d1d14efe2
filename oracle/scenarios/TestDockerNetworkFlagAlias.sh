# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkFlagAlias
# fixtures: busybox
# daemon: fresh
d network create user
d run --rm --network=user --network-alias=foo busybox true
d run --rm --network=user --net-alias=foo --network-alias=bar busybox true
d run --rm --network=user busybox sh -c 'ip -4 addr show eth0 | grep inet'
d network rm user
