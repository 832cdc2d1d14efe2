# source: docker/cli v28.2.2 e2e/container/attach_test.go TestAttachExitCode
# fixtures: busybox
d run -d -i --rm --network none --name c1 busybox sh -c 'read; exit 21'
sh_d 'echo | engine attach c1'
