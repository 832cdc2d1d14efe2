# source: integration-cli/docker_cli_run_test.go TestDevicePermissions
# fixtures: busybox
d run --network none --device /dev/fuse:/dev/fuse:mrw busybox:latest sh -c "ls -l /dev/fuse | awk '{print \$1, \$3, \$4, \$5, \$6, \$10}'"
d run --network none --device /dev/null:/dev/fuse:r busybox:latest sh -c "ls -l /dev/fuse | awk '{print \$1, \$5, \$6, \$10}'; echo x > /dev/fuse"
d run --network none --device /dev/zero:/dev/z:w busybox:latest sh -c "head -c 1 /dev/z"
d run --network none --device /dev/zero:/dev/z:m busybox:latest sh -c "ls -l /dev/z | cut -c1-10"
