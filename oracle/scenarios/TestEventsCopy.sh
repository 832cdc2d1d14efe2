# source: integration-cli/docker_cli_events_test.go TestEventsCopy
# fixtures: busybox
C=$(mkctx cp <<'DF'
FROM busybox
RUN echo HI > /file
DF
)
d build -q -t cpimg "$C"
: > $TMP/empty
T0=$(date +%s.%N)
d create --network none --name=cptest cpimg
d cp cptest:/file $TMP/copied
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --since "$T0" -f container=cptest --until "$T1"'
d cp $TMP/empty cptest:/filecopy
T2=$(date +%s.%N)
export T2
sh_d 'engine events --since "$T1" -f container=cptest --until "$T2"'
