# source: integration-cli/docker_cli_inspect_test.go TestInspectAmpersand
# fixtures: busybox
d run --network none --name test --env 'TEST_ENV="soanni&rtr"' busybox env
sh_d 'engine inspect test | grep soanni'
