# source: integration-cli/docker_cli_rmi_test.go TestRmiWithParentInUse
# fixtures: busybox
C1=$(q create --network none busybox)
d commit "$C1"
IMG1=$(q images -q --no-trunc -f dangling=true)
C2=$(q create --network none "$IMG1")
d commit "$C2"
IMG2=$(q images -q --no-trunc -f dangling=true | grep -v "$IMG1")
d rmi "$IMG2"
d images -a
