# source: integration-cli/docker_cli_build_test.go TestBuildAddDirContentToExistingDir (ADD dir/ into an existing directory)
# fixtures: busybox
C=$(mkctx adddirexist <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN mkdir /exists
RUN touch /exists/exists_file
RUN chown -R dockerio.dockerio /exists
ADD test_dir/ /exists/
RUN [ $(ls -l / | grep exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
RUN [ $(ls -l /exists/exists_file | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
RUN [ $(ls -l /exists/test_file | awk '{print $3":"$4}') = 'root:root' ]
DF
)
ctxfile adddirexist test_dir/test_file 'test1'
d build -t testadddircontenttoexistingdir "$C"
d run --rm --network none testadddircontenttoexistingdir sh -c 'stat -c "%a %U:%G %n" /exists /exists/*'
