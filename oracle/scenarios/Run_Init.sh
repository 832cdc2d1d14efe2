# source: docker run/create --init on dockerd 20.10 (daemon/oci_linux.go): docker-init (tini) bind-mounted read-only at /sbin/docker-init runs as PID 1 with the command after --; HostConfig.Init is a *bool (absent, true, false); Path/Args stay the command
# fixtures: busybox
d run --rm --network none --init busybox sh -c 'cat /proc/1/cmdline | tr "\0" " "; echo; test -x /sbin/docker-init && echo executable; grep " /sbin/docker-init " /proc/mounts | grep -c " ro,"'
d run --network none --name in1 --init busybox sh -c 'exit 3'
d inspect -f '{{json .HostConfig.Init}} {{.Path}} {{json .Args}} {{.State.ExitCode}}' in1
d create --network none --name in2 busybox true
d create --network none --name in3 --init=false busybox true
d inspect -f '{{.Name}} {{json .HostConfig.Init}} {{.HostConfig.Init}}' in1 in2 in3
d ps -a --format '{{.Names}} {{.Command}}'
d run -d --network none --init --name in5 busybox sleep 1000
d exec in5 sh -c 'cat /proc/1/cmdline | tr "\0" " "'
d stop in5
d inspect -f '{{.State.Status}} {{.State.ExitCode}}' in5
d commit in1 ci:1
d history --format '{{.CreatedBy}}|{{.Size}}' ci:1
d run --rm --network none ci:1 sh -c 'test -f /sbin/docker-init && test ! -s /sbin/docker-init && echo empty file'
