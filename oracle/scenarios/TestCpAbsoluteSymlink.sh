# source: integration-cli/docker_cli_cp_test.go TestCpAbsoluteSymlink
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "mkdir -p '/some/path' && echo -n 'holla, i am the container' > /some/path/test && ln -s /some/path/test container_path")
d wait "$CID"
sh_d 'mkdir out'
d cp "$CID:/container_path" out
note the symlink itself is copied, with its absolute target unchanged
sh_d 'find out -printf "%p %y %l\n" | sort'
