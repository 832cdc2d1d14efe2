# source: integration-cli/docker_cli_volume_test.go TestVolumeCLIRm
# fixtures: busybox
ID=$(q volume create)
d volume create test
d volume rm "$ID"
d volume rm test
d run --network none -v testing:/foo --name=test busybox sh -c 'echo hello > /foo/bar'
d volume rm testing
d run --network none --volumes-from=test --name=test2 busybox sh -c 'cat /foo/bar'
d rm -fv test2
d volume inspect --format '{{.Name}}' testing
d rm -f test
d run --network none --name=test2 -v testing:/foo busybox sh -c 'cat /foo/bar'
d rm test2
d volume rm testing
d volume rm doesnotexist
