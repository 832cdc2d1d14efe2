# source: integration-cli/docker_cli_links_test.go TestLinksEnvs
# fixtures: busybox
d run -d -e e1= -e e2=v2 -e e3=v3=v3 --name=first busybox top
d run --name=second --link=first:first busybox sh -c 'env | grep -v -e ^HOSTNAME= -e ^SHLVL= -e ^PWD='
d run --rm -e FIRST_NAME=mine -e e9=x --link=first:first busybox sh -c 'env | grep -v -e ^HOSTNAME= -e ^SHLVL= -e ^PWD='
d rm -f first second
