# source: integration-cli/docker_cli_build_test.go TestBuildCopySingleFileToRoot
# fixtures: busybox
C=$(mkctx copyroot <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN touch /exists
RUN chown dockerio.dockerio /exists
COPY test_file /
RUN [ $(ls -l /test_file | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /test_file | awk '{print $1}') = '-rw-r--r--' ]
RUN [ $(ls -l /exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
DF
)
ctxfile copyroot test_file 'test1'
chmod 644 "$C/test_file"
d build -t testcopysinglefiletoroot "$C"
