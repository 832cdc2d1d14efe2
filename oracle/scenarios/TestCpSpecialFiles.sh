# source: integration-cli/docker_cli_cp_test.go TestCpSpecialFiles
# fixtures: busybox
CID=$(q create --network none busybox /bin/sh -c "cat /etc/resolv.conf /etc/hosts /etc/hostname")
export CID
d start -a "$CID" >/dev/null
sh_d 'mkdir out'
d cp "$CID:/etc/resolv.conf" out
d cp "$CID:/etc/hosts" out
d cp "$CID:/etc/hostname" out
sh_d 'find out -printf "%p %y\n" | sort'
note the copies equal what the container itself sees
sh_d 'engine start -a "$CID" >expected && cat out/resolv.conf out/hosts out/hostname | cmp - expected && echo identical'
