# source: integration/container/kill_test.go TestInspectOomKilledTrue (moby v20.10.24)
# fixtures: busybox
d run -d --name oomer -m 32m busybox sh -c 'x=a; while true; do x=$x$x$x$x; done'
d wait oomer
d inspect -f '{{.State.Status}} {{.State.OOMKilled}} {{.State.ExitCode}}' oomer
