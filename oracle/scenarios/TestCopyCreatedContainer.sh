# source: integration-cli/docker_cli_cp_test.go TestCopyCreatedContainer
# fixtures: busybox
d create --network none --name test_cp busybox
sh_d 'mkdir out'
d cp test_cp:/bin/sh out
sh_d 'test -f out/sh && echo copied'
