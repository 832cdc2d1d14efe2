# source: docker attach (cli/command/container/attach.go): argument count, no such container, a stopped container, --detach-keys, the exit code is the container's, stdout and stderr of a running container
# fixtures: busybox
d attach
d attach a b
d attach nosuch
d create --network none --name c0 busybox
d attach c0
d start c0
d attach c0
d run -d --network none --name c1 busybox sh -c 'sleep 4; echo out; echo err >&2; exit 3'
sh_d 'engine attach c1 2> $TMP/err; echo "exit $?"; cat $TMP/err'
d run -d --network none --name c2 busybox sh -c 'sleep 5; echo done'
d attach --detach-keys=ctrl-,x c2
d attach --no-stdin --sig-proxy=false c2
d rm -f c0 c1 c2
