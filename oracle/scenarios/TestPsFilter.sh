# source: integration/container/ps_test.go TestPsFilter (moby v20.10.24)
# fixtures: busybox
d create --network none --name prev busybox
d create --network none --name top busybox
d create --network none --name next busybox
d ps -a --filter since=top --format '{{.Names}}'
d ps -a --filter before=top --format '{{.Names}}'
d ps -a --filter since=prev --filter before=next --format '{{.Names}}'
