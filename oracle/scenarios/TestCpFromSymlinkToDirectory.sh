# source: integration-cli/docker_cli_cp_test.go TestCpFromSymlinkToDirectory
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "mkdir -p '/some/path' && echo -n 'holla, i am the container' > /some/path/test && ln -s /some /dir_link")
d wait "$CID"
sh_d 'mkdir out'
d cp "$CID:/dir_link" out
sh_d 'find out -printf "%p %y %l\n" | sort'
sh_d 'rm out/dir_link'
note a trailing separator follows the link but keeps the given name
d cp "$CID:/dir_link/" out
sh_d 'find out -printf "%p %y %m %l\n" | sort'
sh_d 'cat out/dir_link/path/test'
