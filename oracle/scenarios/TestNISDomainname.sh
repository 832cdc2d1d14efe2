# source: integration/container/run_linux_test.go TestNISDomainname (--hostname and --domainname are kept apart: the kernel's hostname and NIS domainname)
# fixtures: busybox
d run -d --name nis --hostname foobar --domainname baz.cyphar.com busybox top
d inspect -f '{{.Config.Hostname}} {{.Config.Domainname}}' nis
d exec nis cat /proc/sys/kernel/hostname
d exec nis cat /proc/sys/kernel/domainname
d exec nis hostname
d exec nis cat /etc/hostname
d rm -f nis
