# source: integration/container/run_cgroupns_linux_test.go TestCgroupNamespacesRunInvalidMode (an invalid --cgroupns mode fails the create)
# fixtures: busybox
d create --cgroupns invalid busybox
d run --cgroupns invalid busybox true
d ps -a --format '{{.Names}}'
