# source: integration/container/wait_test.go TestWaitBlocked (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name zero busybox sh -c "trap 'exit 0' TERM; while true; do usleep 10; done"
d run -d --network none --name nonzero busybox sh -c "trap 'exit 99' TERM; while true; do usleep 10; done"
sleep 1
sh_d '(sleep 1; engine stop zero nonzero >/dev/null) & engine wait zero nonzero'
