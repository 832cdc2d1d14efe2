# source: integration-cli/docker_cli_inspect_test.go TestInspectContainerNetworkCustom
# fixtures: busybox
# daemon: fresh
sh_d 'id=$(engine network create net1); engine run --name=container1 --net=net1 -d busybox top >/dev/null; engine inspect -f "{{range \$k, \$v := .NetworkSettings.Networks}}{{\$k}}{{end}}" container1; engine inspect -f "{{.NetworkSettings.Networks.net1.NetworkID}}" container1 | grep -c "^$id\$"'
d rm -f container1
d network rm net1
