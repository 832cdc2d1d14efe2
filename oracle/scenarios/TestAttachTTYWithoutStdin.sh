# source: integration-cli/docker_cli_attach_test.go TestAttachTTYWithoutStdin
# fixtures: busybox
d run -d -ti --network none --name c1 busybox
sh_d 'engine attach c1 < /dev/null'
d inspect -f '{{.State.Running}}' c1
d rm -f c1
