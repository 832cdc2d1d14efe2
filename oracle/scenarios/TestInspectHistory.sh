# source: integration-cli/docker_cli_inspect_test.go TestInspectHistory
# fixtures: busybox
d run --network none --name=testcont busybox echo hello
q commit -m 'test comment' testcont testimg >/dev/null
d inspect "--format='{{.Comment}}'" testimg
