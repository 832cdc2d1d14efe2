# source: integration-cli/docker_cli_run_test.go TestRunContainerWithReadonlyEtcHostsAndLinkedContainer (no bridge: no address, so no hosts entry)
# fixtures: busybox
d run -d --name test-etc-hosts-ro-linked busybox top
d run --rm --read-only --link test-etc-hosts-ro-linked:testlinked busybox cat /etc/hosts
d rm -f test-etc-hosts-ro-linked
