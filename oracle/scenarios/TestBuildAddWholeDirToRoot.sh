# source: integration-cli/docker_cli_build_test.go TestBuildAddWholeDirToRoot (ADD dir /dir creates the directory 755 root:root, files keep their mode)
# fixtures: busybox
C=$(mkctx addwhole <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN touch /exists
RUN chown dockerio.dockerio exists
ADD test_dir /test_dir
RUN [ $(ls -l / | grep test_dir | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l / | grep test_dir | awk '{print $1}') = 'drwxr-xr-x' ]
RUN [ $(ls -l /test_dir/test_file | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /test_dir/test_file | awk '{print $1}') = '-rw-r--r--' ]
RUN [ $(ls -l /exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
DF
)
ctxfile addwhole test_dir/test_file 'test1'
chmod 755 "$C/test_dir"; chmod 644 "$C/test_dir/test_file"
d build -t testaddwholedirtoroot "$C"
d run --rm --network none testaddwholedirtoroot sh -c 'stat -c "%a %U:%G %n" /exists /test_dir /test_dir/*'
