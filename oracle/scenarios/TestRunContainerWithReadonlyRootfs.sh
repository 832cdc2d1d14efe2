# source: integration-cli/docker_cli_run_test.go TestRunContainerWithReadonlyRootfs
# fixtures: busybox
for f in /file /etc/hosts /etc/resolv.conf /etc/hostname; do
  d run --network none --read-only --rm busybox touch "$f"
done
d run --network none --read-only --rm busybox sh -c 'touch /tmp/x /dev/shm/x /run/x 2>&1; echo $?'
