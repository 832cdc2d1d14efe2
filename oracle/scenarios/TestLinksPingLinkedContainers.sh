# source: integration-cli/docker_cli_links_test.go TestLinksPingLinkedContainers (no bridge: the names do not resolve)
# fixtures: busybox
for net in "" default bridge; do
  note "network: ${net:-(none given)}"
  set -- ${net:+--net $net}
  d run -d --name container1 --hostname fred "$@" busybox top
  d run -d --name container2 --hostname wilma "$@" busybox top
  d run --rm --link container1:alias1 --link container2:alias2 "$@" busybox sh -c 'ping -c 1 alias1 -W 1 && ping -c 1 alias2 -W 1'
  d run --rm --name pinger --link container1:alias1 --link container2:alias2 "$@" busybox sh -c 'env | grep _NAME= | sort'
  d inspect --format '{{.HostConfig.NetworkMode}}' container1
  d rm -f container1 container2
done
