# source: integration-cli/docker_cli_ps_test.go TestPsShowMounts
# fixtures: busybox
mkdir -p "$TMP/bindsrc"
d volume create ps-volume-test
d run -d --network none --name=volume-test-1 --volume ps-volume-test:/test busybox top
d run -d --network none --name=volume-test-2 --volume /test busybox top
d run -d --network none --name=bind-mount-test -v "$TMP/bindsrc:/t" busybox top
sh_d 'engine ps --format "{{.Names}} {{.Mounts}}" | cut -c1-40 | sed -E "s/ [0-9a-f]{14}…$/ <anonymous volume>…/"'
d ps --format '{{.Names}} {{.Mounts}}' --filter volume=ps-volume-test
d ps --format '{{.Names}} {{.Mounts}}' --filter volume=this-volume-should-not-exist
d ps --format '{{.Names}}' --filter volume=/test
d ps --format '{{.Names}}' --filter volume="$TMP/bindsrc"
d ps --format '{{.Names}}' --filter volume=/t
d ps --format '{{.Names}} {{.Mounts}}' --filter volume=/this-path-was-never-mounted
d rm -f volume-test-1 volume-test-2 bind-mount-test
