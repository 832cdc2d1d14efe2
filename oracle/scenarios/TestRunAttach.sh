# source: docker/cli v28.2.2 e2e/container/run_test.go TestRunAttach (without the pseudo-terminal: stdin is empty)
# fixtures: busybox
for s in stdin stdout stderr; do
  d run -a $s --rm --network none busybox sh -c 'sleep 1 && exit 7'
done
