# source: docker/cli cli/command/container/diff.go, moby pkg/archive/changes.go (naive differ: A/C/D against the image, directories with changes inside are C)
# fixtures: busybox
d run --network none --name changed busybox sh -c 'touch /tmp/new; rm /bin/vi; mkdir -p /a/b; echo x > /a/b/f; echo hi >> /etc/passwd; chmod 700 /home; touch -d 2001-01-01 /root'
dsort diff changed
dsort container diff changed
d create --network none --name fresh busybox true
d diff fresh
d run -d --network none --name live busybox sh -c 'mkdir /live; sleep 1000'
sh_dsort 'sleep 1; engine diff live'
d diff
d diff changed fresh
d diff nosuch
d rm -f live
