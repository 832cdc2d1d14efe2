# source: integration-cli/docker_cli_cp_test.go TestCpToSymlinkToDirectory
# fixtures: busybox
sh_d 'mkdir vol links && mkdir -p src/some/path && echo -n "hello, i am the host" >src/some/path/test && ln -s $TMP/src/some links/dir_link'
CID=$(q create --network none -v "$TMP/vol:/testVol" busybox)
d cp links/dir_link "$CID:/testVol"
sh_d 'find vol -printf "%p %y %l\n" | sort'
sh_d 'rm vol/dir_link'
note a trailing separator follows the link but keeps the given name
d cp links/dir_link/ "$CID:/testVol"
sh_d 'find vol -printf "%p %y %l\n" | sort'
sh_d 'cat vol/dir_link/path/test'
