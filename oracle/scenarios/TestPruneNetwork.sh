# source: integration-cli/docker_cli_prune_unix_test.go TestPruneNetwork (local networks only: no swarm services)
# fixtures: busybox
# daemon: fresh
d network create n1
d network create n2
d run -d --name testprune --net n1 busybox top
d network prune -f
d network ls --format '{{.Name}}'
d rm -f testprune
d network prune -f
d network ls --format '{{.Name}}'
