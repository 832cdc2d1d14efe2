# source: integration-cli/docker_cli_create_test.go TestCreateWithWorkdir (docker cp of the workdir left out: not ported)
# fixtures: busybox
d create --network none --name foo -w /home/foo/bar busybox
d inspect --format '{{json .Config.WorkingDir}}' foo
d start -a foo
d run --rm --network none -w /home/foo/bar busybox pwd
