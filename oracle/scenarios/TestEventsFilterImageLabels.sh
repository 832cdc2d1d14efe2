# source: integration-cli/docker_cli_events_test.go TestEventsFilterImageLabels
# fixtures: busybox
CTX=$(mkctx l <<'DF'
FROM busybox:latest
LABEL io.docker.testing=image
DF
)
T0=$(date +%s.%N)
q build -t labelfiltertest "$CTX" >/dev/null
d tag labelfiltertest labelfiltertest:tag1
d tag labelfiltertest labelfiltertest:tag2
d tag busybox:latest labelfiltertest:tag3
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter label=io.docker.testing=image --filter type=image'
