# source: integration-cli/docker_cli_attach_test.go TestAttachPausedContainer
# fixtures: busybox
d run -d --network none --name=test busybox sleep 1000
d pause test
d attach test
d unpause test
d rm -f test
