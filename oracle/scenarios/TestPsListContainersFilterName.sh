# source: integration-cli/docker_cli_ps_test.go TestPsListContainersFilterName
# fixtures: busybox
d run --network none --name=a_name_to_match busybox
d run -d --network none --name=b_name_to_match busybox top
d ps -a --format '{{.Names}}' --filter=name=a_name_to_match
d ps -a --format '{{.Names}}' --filter=name=name_to_match
d ps -a --format '{{.Names}}' --filter=name=^b_
d ps --format '{{.Names}}' --filter=name=a_name_to_match
d rm -f b_name_to_match
