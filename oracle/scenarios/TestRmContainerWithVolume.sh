# source: integration-cli/docker_cli_rm_test.go TestRmContainerWithVolume (moby v17.12)
# fixtures: busybox
d run --network none --name foo -v /srv busybox true
sh_d 'engine volume ls -q | wc -l'
d rm -v foo
sh_d 'engine volume ls -q | wc -l'
