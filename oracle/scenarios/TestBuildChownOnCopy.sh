# source: integration-cli/docker_api_build_test.go TestBuildChownOnCopy (COPY --chown=user:gid of the context root)
# fixtures: busybox
C=$(mkctx chown <<'DF'
FROM busybox
RUN echo 'test1:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'test1:x:1001:' >> /etc/group
RUN echo 'test2:x:1002:' >> /etc/group
COPY --chown=test1:1002 . /new_dir
RUN ls -l / | grep new_dir | awk '{print $1, $3":"$4, $NF}'
RUN [ $(ls -l / | grep new_dir | awk '{print $3":"$4}') = 'test1:test2' ]
RUN [ $(ls -nl / | grep new_dir | awk '{print $3":"$4}') = '1001:1002' ]
RUN ls -ln /new_dir | awk '{print $1, $3":"$4, $NF}'
DF
)
ctxfile chown test_file1 'some test content'
d build "$C"
