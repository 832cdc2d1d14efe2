# source: integration-cli/docker_cli_build_test.go TestBuildAddDirContentToRoot (ADD of a directory copies its content, not the directory)
# fixtures: busybox
C=$(mkctx adddirroot <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN touch /exists
RUN chown dockerio.dockerio exists
ADD test_dir /
RUN [ $(ls -l /test_file | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
DF
)
ctxfile adddirroot test_dir/test_file 'test1'
d build -t testadddircontenttoroot "$C"
d run --rm --network none testadddircontenttoroot sh -c 'stat -c "%a %U:%G %n" /exists /test_file; ls -d /test_dir; cat /test_file'
