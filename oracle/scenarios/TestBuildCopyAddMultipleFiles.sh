# source: integration-cli/docker_cli_build_test.go TestBuildCopyAddMultipleFiles (COPY/ADD of several sources into an existing directory; the remote URL source is left out: no network)
# fixtures: busybox
C=$(mkctx multi <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN mkdir /exists
RUN touch /exists/exists_file
RUN chown -R dockerio.dockerio /exists
COPY test_file1 test_file2 /exists/
ADD test_file3 test_file4 /exists/
RUN [ $(ls -l / | grep exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
RUN [ $(ls -l /exists/test_file1 | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists/test_file2 | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists/test_file3 | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists/test_file4 | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists/exists_file | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
DF
)
ctxfile multi test_file1 'test1'
ctxfile multi test_file2 'test2'
ctxfile multi test_file3 'test3'
ctxfile multi test_file4 'test4'
d build -t testcopymultiplefilestofile "$C"
d run --rm --network none testcopymultiplefilestofile sh -c 'cd /exists && for f in *; do stat -c "%a %U:%G %n" $f; cat $f; echo; done'
d history --format '{{.CreatedBy}} {{.Size}}' testcopymultiplefilestofile
