# source: integration-cli/docker_cli_cp_test.go TestCopyAndRestart
# fixtures: busybox
CID=$(q run -d --network none busybox echo lol)
d wait "$CID"
sh_d 'mkdir out'
d cp "$CID:/bin/sh" out
d start -a "$CID"
