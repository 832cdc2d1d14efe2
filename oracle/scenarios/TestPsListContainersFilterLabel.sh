# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterLabel
# fixtures: busybox
d run --network none --name=first -l match=me -l second=tag busybox
d run --network none --name=second -l 'match=me too' busybox
d run --network none --name=third -l nomatch=me busybox
d ps -a --format '{{.Names}}' --filter=label=match=me
d ps -a --format '{{.Names}}' --filter=label=match=me --filter=label=second=tag
d ps -a --format '{{.Names}}' --filter=label=match=me --filter=label=second=tag-no
d ps -a --format '{{.Names}}' --filter=label=match
d ps -a --format '{{.Names}} {{.Labels}}' --filter=label=match
d ps -a --format '{{.Names}} {{.Label "match"}}'
