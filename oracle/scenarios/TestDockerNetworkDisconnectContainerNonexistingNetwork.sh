# source: integration-cli/docker_cli_network_unix_test.go TestDockerNetworkDisconnectContainerNonexistingNetwork
# fixtures: busybox
# daemon: fresh
d network create --subnet 10.83.0.0/24 test
d run --net=test -d --name=foo busybox top
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}' foo
d stop -t 1 foo
d network rm test
d network disconnect test foo
d network disconnect -f test foo
d inspect -f '{{json .NetworkSettings.Networks}}' foo
d network disconnect -f test foo
d start foo
d inspect -f '{{json .NetworkSettings.Networks}}' foo
d rm -f foo
