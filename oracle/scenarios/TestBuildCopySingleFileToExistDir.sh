# source: integration-cli/docker_cli_build_test.go TestBuildCopySingleFileToExistDir (COPY into an existing directory keeps the directory's owner)
# fixtures: busybox
C=$(mkctx copyexist <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN mkdir /exists
RUN touch /exists/exists_file
RUN chown -R dockerio.dockerio /exists
COPY test_file /exists/
RUN [ $(ls -l / | grep exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
RUN [ $(ls -l /exists/test_file | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists/exists_file | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
DF
)
ctxfile copyexist test_file 'test1'
d build -t testcopysinglefiletoexistdir "$C"
d run --rm --network none testcopysinglefiletoexistdir sh -c 'stat -c "%a %U:%G %n" /exists /exists/*'
