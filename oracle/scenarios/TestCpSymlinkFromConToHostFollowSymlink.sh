# source: integration-cli/docker_cli_cp_test.go TestCpSymlinkFromConToHostFollowSymlink
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "mkdir -p '/some/path' && echo -n 'holla, i am the container' > /some/path/test && ln -s /some/path/test /dir_link")
d wait "$CID"
sh_d 'mkdir out'
note -L copies the content of the link target under the name of the link
d cp -L "$CID:/dir_link" out
sh_d 'find out -printf "%p %y %l\n" | sort'
sh_d 'cat out/dir_link'
sh_d 'rm out/dir_link'
note and to a host path that does not exist yet
d cp -L "$CID:/dir_link" out/somefile_host
sh_d 'find out -printf "%p %y %l\n" | sort'
sh_d 'cat out/somefile_host'
