# source: integration-cli/docker_cli_run_test.go TestRunMount
# fixtures: busybox
mkdir -p "$TMP/mnt1" "$TMP/mnt2"
printf test1 > "$TMP/mnt1/test1"; printf test2 > "$TMP/mnt2/test2"
M1=$TMP/mnt1; M2=$TMP/mnt2
foobar() { d exec "$1" cat /foo/test1; d exec "$1" cat /bar/test2; d rm -f "$1"; }
note valid: binds with dst / target, or -v and --mount
d run --network none -i -d --name mount-0-0 --mount type=bind,src=$M1,dst=/foo --mount type=bind,src=$M2,dst=/bar busybox top >/dev/null
foobar mount-0-0
q run --network none -i -d --name mount-0-1 --mount type=bind,src=$M1,dst=/foo --mount type=bind,src=$M2,target=/bar busybox top >/dev/null
foobar mount-0-1
q run --network none -i -d --name mount-0-2 --volume $M1:/foo --mount type=bind,src=$M2,target=/bar busybox top >/dev/null
foobar mount-0-2
note invalid: a volume named by an absolute path
d run --network none -i -d --name mount-1-0 --mount type=volume,src=$M1,dst=/foo --mount type=volume,src=$M2,dst=/bar busybox top
d run --network none -i -d --name mount-1-1 --mount type=volume,src=$M1,dst=/foo --mount type=volume,src=$M2,target=/bar busybox top
d run --network none -i -d --name mount-2-0 --mount type=bind,src=$M1,dst=/foo --mount type=volume,src=$M2,dst=/bar busybox top
d run --network none -i -d --name mount-2-1 --volume $M1:/foo --mount type=volume,src=$M2,target=/bar busybox top
note valid: an anonymous volume stays writable under --read-only
q run --network none -i -d --name mount-3-0 --read-only --mount type=volume,dst=/bar busybox top >/dev/null
d exec mount-3-0 touch /bar/icanwritehere
d exec mount-3-0 touch /icannotwritehere
d rm -f -v mount-3-0
q run --network none -i -d --name mount-4-0 --read-only --mount type=bind,src=$M1,dst=/foo --mount type=volume,dst=/bar busybox top >/dev/null
d exec mount-4-0 cat /foo/test1
d exec mount-4-0 touch /bar/icanwritehere
d rm -f -v mount-4-0
q run --network none -i -d --name mount-4-1 --read-only --volume $M1:/foo --mount type=volume,dst=/bar busybox top >/dev/null
d exec mount-4-1 cat /foo/test1
d exec mount-4-1 touch /bar/icanwritehere
d rm -f -v mount-4-1
note invalid: two mounts on one destination
d run --network none -i -d --name mount-5-0 --mount type=bind,src=$M1,dst=/foo --mount type=bind,src=$M2,dst=/foo busybox top
d run --network none -i -d --name mount-5-1 --mount type=bind,src=$M1,dst=/foo --mount type=bind,src=$M2,target=/foo busybox top
d run --network none -i -d --name mount-5-2 --volume $M1:/foo --mount type=bind,src=$M2,target=/foo busybox top
d run --network none -i -d --name mount-6-0 --volume $M1:/foo --mount type=volume,src=$M2,target=/foo busybox top
d run --network none -i -d --name mount-7-0 --mount type=volume,target=/foo --mount type=volume,target=/foo busybox top
d ps -a --format '{{.Names}}'
d volume ls -q
