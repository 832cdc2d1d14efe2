# source: integration-cli/docker_cli_events_test.go TestEventsTimestampFormats
# fixtures: busybox
sleep 2.1  # the fixture load event must be older than any --since below
T0=$(date +%s)
# 2.1s: the relative --since of the last command is counted from the CLI's own clock, read up to
# a second (JVM start under load) after the shell's whole-second date
sleep 2.1
d run --rm --network none --name events-time-format-test busybox true
sleep 1.1
T1=$(date +%s)
export T0 T1
sh_d 'engine events --since=$T0 --until=$T1 --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"'
sh_d 'engine events --since=$(date -u -d @$T0 +%Y-%m-%dT%H:%M:%SZ) --until=$(date -u -d @$T1 +%Y-%m-%dT%H:%M:%SZ) --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"'
sh_d 'engine events --since=$(( $(date +%s) - T0 ))s --until=$(( $(date +%s) - T1 ))s --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"'
