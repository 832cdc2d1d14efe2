# source: integration-cli/docker_cli_cp_test.go TestCpToStdout
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "echo lololol > /test")
d wait "$CID"
sh_d 'engine cp '"$CID"':/test - | tar -tf -'
sh_d 'engine cp '"$CID"':/test - | tar -xOf - test'
