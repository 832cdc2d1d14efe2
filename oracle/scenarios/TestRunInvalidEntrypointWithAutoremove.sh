# source: docker/cli v28.2.2 e2e/container/run_test.go TestRunInvalidEntrypointWithAutoremove
# fixtures: busybox
d run --rm --network none busybox invalidcommand
