# source: integration-cli/docker_cli_cp_test.go TestCpSymlinkComponent
# fixtures: busybox
CID=$(q run -d --network none busybox /bin/sh -c "mkdir -p '/some/path' && echo -n 'holla, i am the container' > /some/path/test && ln -s /some/path container_path")
d wait "$CID"
sh_d 'mkdir out'
d cp "$CID:/container_path/test" out
sh_d 'find out -printf "%p %y %l\n" | sort'
sh_d 'cat out/test'
