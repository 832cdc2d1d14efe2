# source: integration-cli/docker_cli_cp_test.go TestCpVolumePath
# fixtures: busybox
sh_d 'mkdir vol out && echo "i am bind-mounted" >vol/test'
CID=$(q run -d --network none -v /foo -v "$TMP/vol/test:/test" -v "$TMP/vol:/baz" busybox /bin/sh -c "touch /foo/bar")
d wait "$CID"
note a volume
d cp "$CID:/foo" out
note a file inside a volume
d cp "$CID:/foo/bar" out
note a bind-mounted directory
d cp "$CID:/baz" out
note a file inside a bind-mounted directory
d cp "$CID:/baz/test" out
note a bind-mounted file
d cp "$CID:/test" out/test-file
sh_d 'find out -printf "%p %y\n" | sort'
sh_d 'cat out/baz/test out/test out/test-file'
