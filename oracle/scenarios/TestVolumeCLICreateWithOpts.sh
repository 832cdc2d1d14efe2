# source: integration-cli/docker_cli_volume_test.go TestVolumeCLICreateWithOpts
# fixtures: busybox
d volume create -d local test --opt=type=tmpfs --opt=device=tmpfs --opt=o=size=1m,uid=1000
sh_d 'engine run --rm --network none -v test:/foo busybox mount | grep " /foo " | cut -d" " -f1-5'
sh_d 'engine run --rm --network none -v test:/foo busybox mount | grep " /foo " | grep -o "size=[0-9]*k\|uid=1000"'
