# source: integration-cli/docker_cli_cp_test.go TestCpNameHasColon
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "echo lololol > /te:s:t")
d wait "$CID"
sh_d 'mkdir out'
d cp "$CID:/te:s:t" out
sh_d 'cat out/te:s:t'
