# source: integration-cli/docker_cli_build_test.go TestBuildCopySingleFileToNonExistDir (COPY to a missing directory creates it owned by root)
# fixtures: busybox
C=$(mkctx copynonexist <<'DF'
FROM busybox
RUN echo 'dockerio:x:1001:1001::/bin:/bin/false' >> /etc/passwd
RUN echo 'dockerio:x:1001:' >> /etc/group
RUN touch /exists
RUN chown dockerio.dockerio /exists
COPY test_file /test_dir/
RUN [ $(ls -l / | grep test_dir | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /test_dir/test_file | awk '{print $3":"$4}') = 'root:root' ]
RUN [ $(ls -l /exists | awk '{print $3":"$4}') = 'dockerio:dockerio' ]
DF
)
ctxfile copynonexist test_file 'test1'
d build -t testcopysinglefiletononexistdir "$C"
d run --rm --network none testcopysinglefiletononexistdir sh -c 'stat -c "%a %U:%G %n" /exists /test_dir /test_dir/*'
