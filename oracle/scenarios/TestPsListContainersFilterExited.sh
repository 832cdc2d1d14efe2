# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterExited
# fixtures: busybox
d run -d --network none --name=sleep busybox top
d run -d --network none --name zero1 busybox true
d run -d --network none --name zero2 busybox true
d wait zero1 zero2
d run --network none --name nonzero1 busybox false
d run --network none --name nonzero2 busybox false
d ps -a --format '{{.Names}}' --filter=exited=0
d ps -a --format '{{.Names}}' --filter=exited=1
d ps -a --format '{{.Names}}' --filter=exited=1 --filter=exited=0
d ps -a --format '{{.Names}}' --filter=exited=x
d rm -f sleep
