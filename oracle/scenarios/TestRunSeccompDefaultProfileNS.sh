# source: integration-cli/docker_cli_run_unix_test.go TestRunSeccompDefaultProfileNS
# fixtures: busybox
note "busybox's unshare stands for the syscall-test image's ns-test"
d run --network none busybox unshare --uts echo hello0
d run --network none --cap-add sys_admin busybox unshare --uts echo hello1
d run --network none --cap-drop all --cap-add sys_admin busybox unshare --uts echo hello2
d run --network none --cap-add sys_admin --security-opt seccomp=unconfined busybox unshare --uts echo hello4
d run --network none --security-opt seccomp=unconfined busybox unshare --uts echo hello5
note 'other calls the default profile refuses without a capability'
d run --network none busybox swapoff -a
d run --network none busybox sh -c 'grep -E "^(Seccomp|NoNewPrivs):" /proc/self/status'
