# source: integration-cli/docker_cli_create_test.go TestCreateHostnameWithNumber
# fixtures: busybox
d run --network none --name h1 -h web.0 busybox hostname
d inspect --format '{{.Config.Hostname}} {{.Config.Domainname}}' h1
