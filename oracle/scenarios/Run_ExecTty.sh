# source: docker exec -t on dockerd 20.10: the process gets a terminal (TERM=xterm), its output comes back raw (CRLF, stderr merged into stdout), a failure to start is written into that stream (stdout) with exit 126
# fixtures: busybox
d run -d --network none --name t1 busybox sleep 1000
d exec -t t1 tty
d exec t1 tty
d exec -t t1 sh -c 'echo out; echo err >&2; exit 7'
d exec -t t1 nosuch
d exec t1 nosuch
d exec -t -e FOO=bar -e HOSTNAME=h -w /tmp -u nobody t1 sh -c 'echo $FOO $HOSTNAME; pwd; id -u; echo $TERM; test -t 0 && echo stdin-is-a-tty'
d exec t1 sh -c 'echo ${TERM:-no TERM}'
d exec -t t1 sh -c 'printf "a\nb"'
d exec -it t1 tty
d rm -f t1
