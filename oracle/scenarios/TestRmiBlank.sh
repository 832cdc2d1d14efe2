# source: integration-cli/docker_cli_rmi_test.go TestRmiBlank
# fixtures: busybox
d rmi ' '
d rmi ''
