# source: integration-cli/docker_cli_attach_test.go TestAttachMultipleAndRestart
# fixtures: busybox
d run --name attacher -d --network none busybox /bin/sh -c 'while true; do sleep 1; echo hello; done'
sh_d 'for i in 1 2 3; do engine attach attacher > $TMP/a$i & eval p$i=\$!; done; sleep 6; engine kill attacher; for i in 1 2 3; do eval wait \$p$i; echo "attach $i exit $?"; head -1 $TMP/a$i; done'
d rm -f attacher
