# source: integration-cli/docker_cli_inspect_test.go TestInspectTemplateError
# fixtures: busybox
d run --name=container1 -d --network none busybox top
d inspect --type=container "--format='Format container: {{.ThisDoesNotExist}}'" container1
d inspect --type=image "--format='Format container: {{.ThisDoesNotExist}}'" busybox
d rm -f container1
