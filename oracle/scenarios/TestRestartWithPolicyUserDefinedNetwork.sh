# source: integration-cli/docker_cli_restart_test.go TestRestartWithPolicyUserDefinedNetwork (by address: names are the dns helper's)
# fixtures: busybox
# daemon: fresh
d network create -d bridge --subnet 10.97.0.0/24 udNet
d run -d --net=udNet --name=first busybox top
d run -d --restart=always --net=udNet --name=second --link=first:foo busybox top
sh_d 'engine exec second ping -c 1 -W 2 10.97.0.2 | grep -c "1 packets received"'
sh_d 'kill -9 $(engine inspect -f "{{.State.Pid}}" second); for i in $(seq 100); do [ "$(engine inspect -f "{{.RestartCount}} {{.State.Status}}" second)" = "1 running" ] && break; sleep 0.1; done; engine inspect -f "{{.RestartCount}} {{.State.Status}}" second'
d inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}} {{$v.Links}};{{end}}' second
sh_d 'engine exec second ping -c 1 -W 2 10.97.0.2 | grep -c "1 packets received"'
d rm -f first second
d network rm udNet
