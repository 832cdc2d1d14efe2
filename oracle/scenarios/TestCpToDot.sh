# source: integration-cli/docker_cli_cp_test.go TestCpToDot
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "echo lololol > /test")
export CID
d wait "$CID"
sh_d 'mkdir out && cd out && engine cp "$CID:/test" . && cat ./test'
