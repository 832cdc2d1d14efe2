# source: docker/cli v28.2.2 e2e/container/run_test.go TestRunReadAfterContainerExit (18933764 bytes through a container's stdin and stdout, read only after a pause)
# fixtures: busybox
sh_d 'head -c 18933764 /dev/zero | engine run --rm -i --network none busybox sh -c "cat -" | (sleep 1; wc -c)'
