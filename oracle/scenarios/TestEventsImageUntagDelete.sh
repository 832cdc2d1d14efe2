# source: integration-cli/docker_cli_events_unix_test.go TestEventsImageUntagDelete
# fixtures: busybox
CTX=$(mkctx s <<'DF'
FROM scratch
MAINTAINER "docker"
DF
)
q build -t testimageevents "$CTX" >/dev/null
T0=$(date +%s.%N)
d rmi testimageevents
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1"'
