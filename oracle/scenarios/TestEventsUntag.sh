# source: integration-cli/docker_cli_events_test.go TestEventsUntag
# fixtures: busybox
T0=$(date +%s.%N)
d tag busybox utest:tag1
d tag busybox utest:tag2
d rmi utest:tag1
d rmi utest:tag2
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1"'
