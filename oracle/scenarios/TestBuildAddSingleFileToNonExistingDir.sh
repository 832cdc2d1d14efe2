# source: integration-cli/docker_cli_build_test.go TestBuildAddSingleFileToNonExistingDir
# fixtures: busybox
C=$(mkctx addnodir <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN touch /exists
RUN chown dockerio.dockerio /exists
ADD test_file /test_dir/
RUN [ $(ls -l / | grep test_dir | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /test_dir/test_file | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
DF
)
ctxfile addnodir test_file 'test1'
d build -t testaddsinglefiletononexistingdir "$C"
