# source: integration/container/wait_test.go TestWaitNonBlocked (moby v20.10.24)
# fixtures: busybox
d run --network none --name zero busybox sh -c 'exit 0'
d run --network none --name nonzero busybox sh -c 'exit 99'
d wait zero
d wait nonzero
d wait zero nonzero
