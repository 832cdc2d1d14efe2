# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkRunNetByID
# fixtures: busybox
# daemon: fresh
sh_d 'id=$(engine network create one); engine run -d --name byid --net "$id" busybox top >/dev/null; echo $?; engine inspect -f "{{range \$k, \$v := .NetworkSettings.Networks}}{{\$k}} {{\$v.IPAddress}}{{end}}" byid; engine inspect -f "{{.HostConfig.NetworkMode}}" byid | grep -c "^$id\$"; engine network inspect -f "{{len .Containers}}" one'
d ps --filter network=one --format '{{.Names}} {{.Networks}}'
d rm -f byid
d network rm one
