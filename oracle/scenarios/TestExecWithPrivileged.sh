# source: integration-cli/docker_cli_exec_test.go TestExecWithPrivileged
# fixtures: busybox
note 'the parent tries mknod again and again once /exec_priv exists; its log stays empty unless one succeeds'
d run -d --network none --name parent --cap-drop=ALL busybox sh -c 'while true; do if [ -e /exec_priv ]; then mknod /tmp/sda b 8 0 2>/dev/null && echo Success; fi; usleep 10000; done'
d exec parent sh -c 'mknod /tmp/sdb b 8 16'
d exec --privileged parent sh -c 'echo "Running exec --privileged" > /exec_priv && mknod /tmp/sdb b 8 16 && usleep 50000 && echo "Finished exec --privileged" > /exec_priv && echo ok'
d exec parent sh -c 'mknod /tmp/sdc b 8 32'
d exec parent sh -c 'touch /exec_priv; usleep 100000; ls /tmp'
d logs parent
d rm -f parent
