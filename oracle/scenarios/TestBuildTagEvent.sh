# source: integration-cli/docker_cli_build_test.go TestBuildTagEvent
# fixtures: busybox
T0=$(date +%s.%N)
C=$(mkctx tagevent <<'DF'
FROM busybox
	RUN echo events
	
DF
)
d build -t test "$C"
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" --until "$T1" --filter type=image --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"'
