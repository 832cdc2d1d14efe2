# source: integration-cli/docker_cli_cp_test.go TestCpGarbagePath
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "mkdir -p '/some/path' && echo -n 'holla, i am the container' > /some/path/test")
d wait "$CID"
sh_d 'mkdir out'
d cp "$CID:../../../../../../../../../../../../some/path/test" out
sh_d 'cat out/test'
