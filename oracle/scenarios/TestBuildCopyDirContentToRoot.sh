# source: integration-cli/docker_cli_build_test.go TestBuildCopyDirContentToRoot (COPY of a directory copies its content, not the directory)
# fixtures: busybox
C=$(mkctx copydirroot <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN touch /exists
RUN chown dockerio.dockerio exists
COPY test_dir /
RUN [ $(ls -l /test_file | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
DF
)
ctxfile copydirroot test_dir/test_file 'test1'
d build -t testcopydircontenttoroot "$C"
d run --rm --network none testcopydircontenttoroot sh -c 'stat -c "%a %U:%G %n" /exists /test_file; ls -d /test_dir; cat /test_file'
