# source: integration/container/exec_test.go TestExecWithCloseStdin (moby v20.10.24)
# fixtures: busybox
d run -d --network none --name closein busybox top
sh_d 'echo fromstdin | engine exec -i closein sh -c "cat && echo closeIO"'
sh_d 'engine exec -i closein sh -c "cat && echo closeIO" </dev/null'
d rm -f closein
