# source: integration-cli/docker_cli_pause_test.go TestPauseMultipleContainers (moby v17.12)
# fixtures: busybox
T0=$(date +%s.%N)
d run -d --network none --name testpausewithmorecontainers1 busybox top
d run -d --network none --name testpausewithmorecontainers2 busybox top
d pause testpausewithmorecontainers1 testpausewithmorecontainers2
d ps -f status=paused --format '{{.Names}}' -a
d pause testpausewithmorecontainers1 nosuch
d unpause testpausewithmorecontainers1 testpausewithmorecontainers2
d unpause testpausewithmorecontainers1
T1=$(date +%s.%N)
export T0 T1
# the daemon pauses/unpauses the containers in parallel: the events are sorted
sh_dsort 'engine events --since "$T0" --until "$T1" --format "{{.Action}} {{.Actor.Attributes.name}}"'
d rm -f testpausewithmorecontainers1 testpausewithmorecontainers2
