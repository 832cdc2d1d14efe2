# source: integration-cli/docker_cli_run_test.go TestSlowStdinClosing
# fixtures: busybox
note stdin delivers its data after a second, then closes
sh_d '(sleep 1; echo slow) | engine run --network none --rm --name testslowstdinclosing -i busybox cat'
sh_d '(sleep 1; echo slow) | engine run --network none --rm --name testslowstdinclosing -i busybox cat'
sh_d '(sleep 1) | engine run --network none --rm --name testslowstdinclosing -i busybox cat'
d ps -a
