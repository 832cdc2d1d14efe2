# source: integration-cli/docker_cli_events_test.go TestEventsImageLoad
# fixtures: busybox
d tag busybox footest:v1
T0=$(date +%s.%N)
d images -q --no-trunc footest:v1
d save -o saveimg.tar footest:v1
d rmi footest:v1
d images -q footest:v1
d load -i saveimg.tar
d images -q --no-trunc footest:v1
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter event=load'
sh_d 'engine events --since "$T0" --until "$T1" --filter event=save'
